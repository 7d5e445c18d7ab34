"""Write the blind31 set: pages/<slug>.html + .json and histories/<slug>/fetch-0..6.html +
truth.json, after checking every page against its own truth.

Run: .venv/bin/python tests/blind31/generate.py [--stats]
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import site_de  # noqa: E402
import site_en  # noqa: E402
import site_fr  # noqa: E402
import site_it  # noqa: E402
from fx import CLASSIC, DAILY, FIXED, NEW, SWAPS  # noqa: E402
from kit import FETCHES, FIRST_FETCH, POLL, Block, Ctx, Render, Site, visible_lines  # noqa: E402

SITES: list[Site] = site_en.SITES + site_de.SITES + site_fr.SITES + site_it.SITES
_Q = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\xa0": " "})


def norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).translate(_Q).lower().split())


def head5(words: str) -> str:
    return norm(" ".join(words.split()[:5]))


def render(site: Site, n: int) -> tuple[Render, Ctx]:
    ctx = Ctx(site.slug, n, site.tz, random.Random(f"blind31:{site.slug}:{n}"))
    return site.build(ctx), ctx


class Bad(Exception):
    pass


def check(site: Site, renders: list[tuple[Render, Ctx]]) -> None:
    def fail(msg: str) -> None:
        raise Bad(f"{site.slug}: {msg}")

    r0 = renders[0][0]
    genuine = r0.genuine
    gkeys = [head5(t) for t in _keys(genuine)]
    for n, (r, ctx) in enumerate(renders):
        lines = [norm(x) for x in visible_lines(r.html)]
        joined = "\n".join(lines)
        if [norm(p) for p in r.body] != [norm(p) for p in r0.body]:
            fail(f"fetch {n}: body differs")
        for p in r.body:
            if norm(p) not in lines:
                fail(f"fetch {n}: body paragraph not a whole line: {p[:50]}")
        blocks = r.blocks
        want = r0.blocks if n < 6 else [*r0.blocks, genuine]
        if sorted(b.text for b in blocks) != sorted(b.text for b in want):
            fail(f"fetch {n}: blocks differ")
        if (n < 6) != (r.modified == r0.modified):
            fail(f"fetch {n}: dateModified")
        for b in blocks:
            for piece in b.pieces():
                if norm(piece) not in joined:
                    fail(f"fetch {n}: block piece not visible: {piece[:50]}")
        texts = [norm(p) for p in r.body] + [norm(b.text) for b in blocks]
        furn = [norm(x) for w in ctx.used for x in w.lines]
        for w in ctx.used:
            for line in w.lines:
                if len(line) < 12:
                    fail(f"fetch {n}: short furniture line {line!r}")
                if not any(norm(line) in v for v in lines):
                    fail(f"fetch {n}: furniture line not within one visible line: {line!r}")
                if any(norm(line) in t for t in texts) or norm(line) in norm(genuine.text):
                    fail(f"fetch {n}: furniture line inside story: {line!r}")
        for b in [*blocks, genuine]:
            for key in (head5(k) for k in _keys(b)):
                hits = sum(key in t for t in texts) if b is not genuine or n == 6 else 0
                if (b is not genuine or n == 6) and hits != 1:
                    fail(f"fetch {n}: key {key!r} in {hits} texts")
                if any(key in f for f in furn):
                    fail(f"fetch {n}: key {key!r} in furniture")
        for end in (r.body[0], r.body[-1]):
            if any(norm(" ".join(end.split()[:6])) in norm(b.text) for b in blocks):
                fail("body end inside a block")
        flat = " ".join(lines)
        if n < 6 and any(k in flat for k in gkeys):
            fail(f"fetch {n}: genuine visible early")
        if n == 6 and not all(norm(p) in joined for p in genuine.pieces()):
            fail("fetch 6: genuine not visible")
        if n > 0 and Counter(x for w in ctx.used for x in w.lines) == Counter(
            x for w in renders[0][1].used for x in w.lines
        ):
            fail(f"fetch {n}: same furniture as fetch 0")
    wordings: dict[str, set[tuple[str, ...]]] = {}
    for _, ctx in renders:
        for w in ctx.used:
            wordings.setdefault(w.kind, set()).add(tuple(w.lines))
    for kind in FIXED & wordings.keys():
        if len(wordings[kind]) != 1:
            fail(f"fixed-wording furniture changed its wording: {kind}")
    daily: dict[tuple[str, object], set[tuple[str, ...]]] = {}
    for _, ctx in renders:
        for w in ctx.used:
            if w.kind in DAILY:
                daily.setdefault((w.kind, ctx.local.date()), set()).add(tuple(w.lines))
    if any(len(v) != 1 for v in daily.values()):
        fail("daily furniture changed its wording within one local day")
    swaps: dict[tuple[str, int], tuple[str, ...]] = {}
    for _, ctx in renders:
        for w in ctx.used:
            if w.kind in SWAPS:
                swaps[w.kind, ctx.n] = tuple(w.lines)
    for (kind, n), lines in swaps.items():
        if swaps.get((kind, n + 1)) == lines:
            fail(f"carousel furniture showed the same item on two fetches in a row: {kind}")
    story = [_story_lines(r, ctx) for r, ctx in renders]
    for n in range(1, 6):
        if story[n] != story[0]:
            fail(
                f"fetch {n}: a line outside the furniture changed: {list((story[n] - story[0]).elements())[:2]} / {list((story[0] - story[n]).elements())[:2]}"
            )
    added = [
        x
        for x in (story[6] - story[0]).elements()
        if not any(norm(p) in x for p in genuine.pieces())
    ]
    if len(added) > 1 or len(list((story[0] - story[6]).elements())) > 1:
        fail(f"fetch 6: lines besides the genuine block and the updated line changed: {added}")
    htmls = [r.html for r, _ in renders]
    if len(set(htmls)) != len(htmls):
        fail("two fetches are byte-identical")
    for n, page in enumerate(htmls):
        size = len(page.encode("utf-8"))
        if not 20_000 <= size <= 30_000:
            fail(f"fetch {n}: page weighs {size} bytes, not 20-30 KB")
    for b in r0.blocks:
        if b.ts and b.ts > FIRST_FETCH:
            fail(f"fetch-0 block stamped after the first fetch: {b.label}")
    if not (genuine.ts and FIRST_FETCH + POLL * 5 < genuine.ts <= FIRST_FETCH + POLL * 6):
        fail("genuine block not between the fifth and sixth poll")


def _story_lines(r: Render, ctx: Ctx) -> Counter[str]:
    """The visible lines of a fetch less its furniture: lines that hold a furniture line, and one
    line for each of the furniture's own marks (a clock, a heading in the note markup)."""
    furn = [norm(x) for w in ctx.used for x in w.lines]
    out = Counter(
        x for x in (norm(v) for v in visible_lines(r.html)) if not any(f in x for f in furn)
    )
    out.subtract(Counter(norm(m) for w in ctx.used for m in w.marks))
    if any(c < 0 for c in out.values()):
        raise Bad(f"{ctx.slug}: fetch {ctx.n}: a furniture mark is not a visible line")
    return +out


def _reworded(renders: list[tuple[Render, Ctx]]) -> set[str]:
    """The kinds whose printed lines differ between two fetches of one history."""
    seen: dict[str, set[tuple[str, ...]]] = {}
    for _, ctx in renders:
        for w in ctx.used:
            seen.setdefault(w.kind, set()).add(tuple(w.lines))
    return {kind for kind, lines in seen.items() if len(lines) > 1}


def _moved(renders: list[tuple[Render, Ctx]]) -> set[str]:
    """The kinds that follow a different line of the story (a body paragraph or a block piece) on
    two fetches, or come and go."""
    where: dict[str, set[str]] = {}
    for r, ctx in renders:
        lines = [norm(x) for x in visible_lines(r.html)]
        story = {norm(p) for p in r.body} | {norm(x) for b in r.blocks for x in b.pieces()}
        here = {w.kind for w in ctx.used}
        for w in ctx.used:
            first = norm(w.lines[0])
            i = next(i for i, x in enumerate(lines) if first in x)
            j = i - 1
            while j >= 0 and not any(piece in lines[j] for piece in story):
                j -= 1
            where.setdefault(w.kind, set()).add(lines[j] if j >= 0 else "")
        for kind in where.keys() - here:
            where[kind].add("(absent)")
    return {kind for kind, spots in where.items() if len(spots) > 1}


def _keys(b: Block) -> list[str]:
    t = b.truth()
    return [str(t["first_words"])] + ([str(t["alt_words"])] if t.get("alt_words") else [])


def truth_page(site: Site, r: Render, ctx: Ctx) -> dict:
    furniture = sorted({line for w in ctx.used for line in w.lines})
    return {
        "blocks": [b.truth() for b in r.blocks],
        "body_first": " ".join(r.body[0].split()[:6]),
        "body_last": " ".join(r.body[-1].split()[:6]),
        "furniture": furniture,
        "kind": site.kind,
        "lang": site.lang,
        "publisher": site.publisher,
    }


def dump(obj: dict) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main() -> None:
    stats = "--stats" in sys.argv
    kinds: Counter[str] = Counter()
    reworded: Counter[str] = Counter()
    moved: Counter[str] = Counter()
    inserts = 0
    per_kind: Counter[str] = Counter()
    block_kinds: Counter[tuple[str, str]] = Counter()
    out: list[tuple[Path, str]] = []
    nblocks = nfurn = 0
    for site in SITES:
        renders = [render(site, n) for n in range(FETCHES)]
        check(site, renders)
        r0, c0 = renders[0]
        page = truth_page(site, r0, c0)
        nblocks += len(page["blocks"])
        block_kinds.update((site.lang, str(b["kind"])) for b in page["blocks"])
        nfurn += len(page["furniture"])
        kinds.update({w.kind for _, c in renders for w in c.used})
        reworded.update(_reworded(renders))
        moved.update(_moved(renders))
        inserts += sum(len(c.used) for _, c in renders)
        per_kind.update(w.kind for _, c in renders for w in c.used)
        out.append((HERE / "pages" / f"{site.slug}.html", r0.html))
        out.append((HERE / "pages" / f"{site.slug}.json", dump(page)))
        for n, (r, _) in enumerate(renders):
            out.append((HERE / "histories" / site.slug / f"fetch-{n}.html", r.html))
        truth = {"genuine_block": r0.genuine.truth(), "noise_fetches": 6}
        out.append((HERE / "histories" / site.slug / "truth.json", dump(truth)))
    for path, text in out:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    print(f"{len(SITES)} sites, {nblocks} blocks, {nfurn} furniture lines")
    if stats:
        for site in SITES:
            size = len((HERE / "pages" / f"{site.slug}.html").read_bytes())
            print(f"{size:6d}  {site.slug}")
        for (lang, kind), count in sorted(block_kinds.items()):
            print(f"{lang} {kind}: {count}")
        print(f"{inserts} furniture inserts drawn over {len(SITES) * FETCHES} fetches")
        print("histories  reworded  moved  inserts  kind")
        for kind, count in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"{count:9d}  {reworded[kind]:8d}  {moved[kind]:5d}  {per_kind[kind]:7d}  {kind}")
        new = len(kinds.keys() & NEW)
        classic = sum(per_kind[k] for k in CLASSIC)
        print(
            f"{len(kinds)} kinds: {new} new, {len(kinds.keys() & CLASSIC)} classic ({classic} inserts)"
        )


if __name__ == "__main__":
    main()
