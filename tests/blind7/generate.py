"""Write tests/blind7: 12 histories of 7 fetches and the 12 fetch-0 pages with page truth.

Run from anywhere: ``python tests/blind7/generate.py``. Every fetch uses
``random.Random("blind7:<slug>:<fetch>")`` (see ``kit.Ctx``); only furniture reads it, so the
output is the same byte for byte on every run. Each page is checked against its own truth
before anything is written; a failed check stops the run.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import site_de  # noqa: E402
import site_en  # noqa: E402
import site_fr  # noqa: E402
import site_it  # noqa: E402
from kit import Block, Built, head, norm, visible_text, words  # noqa: E402

SITES = site_en.SITES + site_de.SITES + site_fr.SITES + site_it.SITES
FETCHES = 7


class CheckError(AssertionError):
    pass


def need(cond: bool, msg: str) -> None:
    if not cond:
        raise CheckError(msg)


def _modified(page: str) -> list[str]:
    return re.findall(r'"dateModified":"([^"]+)"', page)


def check(slug: str, builds: list[Built], genuine: Block) -> None:
    b0 = builds[0]
    vis = [norm(visible_text(b.html)) for b in builds]
    for n, b in enumerate(builds):
        v = vis[n]
        where = f"{slug} fetch {n}"
        blocks = [norm(x.text) for x in b.blocks]
        paras = [norm(p) for p in b.body]
        # everything in the truth is printed
        for p in b.body:
            need(norm(p) in v, f"{where}: body paragraph not visible: {p[:60]}")
        for blk in b.blocks:
            t = blk.truth()
            need(norm(blk.label) in v, f"{where}: label not visible: {blk.label}")
            need(
                norm(t["first_words"]) in v, f"{where}: first words not visible: {t['first_words']}"
            )
            need(
                norm(blk.text).startswith(norm(t["first_words"])),
                f"{where}: first words not the block's start",
            )
            if "alt_words" in t:
                need(norm(t["alt_words"]) in v, f"{where}: alt words not visible: {t['alt_words']}")
            for part in [blk.headline or "", *blk.paras]:
                need(norm(part) in v, f"{where}: block text not visible: {part[:60]}")
        for line in b.ctx.furniture:
            need(norm(line) in v, f"{where}: furniture line not visible: {line}")
            for t in blocks + paras + [norm(genuine.text)]:
                need(norm(line) not in t, f"{where}: furniture line inside story text: {line}")
        # body ends are not inside a block
        for end in (words(b.body[0], 6), words(b.body[-1], 6)):
            need(
                not any(norm(end) in t for t in blocks), f"{where}: body end inside a block: {end}"
            )
        # each block's first five words (and alt words) name exactly one block or paragraph
        for blk in b.blocks:
            t = blk.truth()
            for key in ("first_words", "alt_words"):
                if key in t:
                    h = head(t[key])
                    hits = sum(h in x for x in blocks + paras)
                    need(hits == 1, f"{where}: {key} head {h!r} matches {hits} texts")
    # history shape
    base_blocks = [x.truth() for x in b0.blocks]
    for n in range(1, FETCHES):
        b = builds[n]
        need(b.body == b0.body, f"{slug} fetch {n}: body paragraphs differ from fetch 0")
        got = [x.truth() for x in b.blocks]
        if n < FETCHES - 1:
            need(got == base_blocks, f"{slug} fetch {n}: blocks differ from fetch 0")
            need(_modified(b.html) == _modified(b0.html), f"{slug} fetch {n}: dateModified changed")
        else:
            need(genuine.truth() in got, f"{slug}: genuine block missing on fetch 6")
            rest = [x for x in got if x != genuine.truth()]
            need(rest == base_blocks, f"{slug} fetch 6: blocks besides the genuine one differ")
            need(_modified(b.html) != _modified(b0.html), f"{slug} fetch 6: dateModified unchanged")
        need(
            set(b.ctx.furniture) != set(b0.ctx.furniture),
            f"{slug} fetch {n}: furniture identical to fetch 0",
        )
    htmls = [b.html for b in builds]
    need(len(set(htmls)) == FETCHES, f"{slug}: two fetches are byte-identical")
    gt = genuine.truth()
    keys = [head(gt["first_words"])] + ([head(gt["alt_words"])] if "alt_words" in gt else [])
    for key in keys:
        need(key in vis[-1], f"{slug}: genuine words not on fetch 6: {key}")
        for n in range(FETCHES - 1):
            need(key not in vis[n], f"{slug}: genuine words already on fetch {n}: {key}")
    need(_modified(b0.html), f"{slug}: no dateModified")


def dump(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main() -> None:
    pages = HERE / "pages"
    hist = HERE / "histories"
    out: dict[Path, str] = {}
    kinds: Counter[str] = Counter()
    stats = []
    for slug, publisher, lang, kind, builder, genuine in SITES:
        builds = [builder(n) for n in range(FETCHES)]
        check(slug, builds, genuine)
        b0 = builds[0]
        truth = {
            "blocks": [x.truth() for x in b0.blocks],
            "body_first": words(b0.body[0], 6),
            "body_last": words(b0.body[-1], 6),
            "furniture": sorted(set(b0.ctx.furniture)),
            "kind": kind,
            "lang": lang,
            "publisher": publisher,
        }
        out[pages / f"{slug}.html"] = b0.html
        out[pages / f"{slug}.json"] = dump(truth)
        for n, b in enumerate(builds):
            out[hist / slug / f"fetch-{n}.html"] = b.html
        out[hist / slug / "truth.json"] = dump(
            {"genuine_block": genuine.truth(), "noise_fetches": 6}
        )
        used = set().union(*(b.ctx.kinds for b in builds))
        kinds.update(used)
        stats.append(
            (
                slug,
                lang,
                kind,
                len(truth["blocks"]),
                len(truth["furniture"]),
                Counter(x["kind"] for x in truth["blocks"]),
                min(len(b.html) for b in builds),
                max(len(b.html) for b in builds),
            )
        )
    for path, text in out.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    total_blocks = sum(s[3] for s in stats)
    total_furn = sum(s[4] for s in stats)
    for s in stats:
        print(
            f"{s[0]:45s} {s[1]} {s[2]:7s} blocks {s[3]:2d} furniture {s[4]:3d} {dict(s[5])} {s[6] // 1000}-{s[7] // 1000} KB"
        )
    print(f"total: {total_blocks} blocks, {total_furn} furniture lines")
    by_lang: dict[str, Counter] = {}
    for s in stats:
        by_lang.setdefault(s[1], Counter()).update(s[5])
    for lang, cnt in by_lang.items():
        print(lang, dict(cnt))
    print("furniture kinds (histories):")
    for name, n in kinds.most_common():
        print(f"  {n:2d}  {name}")
    print(f"wrote {len(out)} files; all checks passed")


if __name__ == "__main__":
    main()
