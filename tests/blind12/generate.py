"""Write the twelfth blind set (``tests/blind12``): 12 histories of 7 fetches and 12 truth pages.

Run ``.venv/bin/python tests/blind12/generate.py``. Every page is checked against its own truth
before anything is written (see the README for the list of checks); regenerating gives
byte-identical files. ``--stats`` prints the counts the README quotes.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from datetime import timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import site_de  # noqa: E402
import site_en  # noqa: E402
import site_fr  # noqa: E402
import site_it  # noqa: E402
from kit import FETCHES, FIRST_FETCH, POLL, Block, Ctx, Site, visible_lines  # noqa: E402

MAKERS = [*site_en.SITES, *site_de.SITES, *site_fr.SITES, *site_it.SITES]

# The same folding the scorer applies before it compares text.
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\xa0": " "})


def norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text).translate(_QUOTES).lower()
    return " ".join(text.split())


def head(words: str, n: int = 5) -> str:
    return norm(" ".join(words.split()[:n]))


def six(text: str) -> str:
    return " ".join(text.split()[:6])


class Failed(Exception):
    pass


def need(cond: bool, site: Site, fetch: int | None, what: str) -> None:
    if not cond:
        where = f"{site.slug} fetch {fetch}" if fetch is not None else site.slug
        raise Failed(f"{where}: {what}")


def _modified(page: str) -> list[str]:
    return re.findall(r'"dateModified":"([^"]+)"', page)


def check(site: Site, pages: list[str], ctxs: list[Ctx]) -> None:
    body = [" ".join(p.split()) for p in site.body]
    final = site.shown(FETCHES - 1)
    units = [norm(p) for p in body] + [norm(" ".join(b.texts())) for b in final]
    every_line = {line for ctx in ctxs for line in ctx.lines}
    keys: list[tuple[Block, str]] = []
    for b in final:
        keys.append((b, b.first_words()))
        if b.alt_words():
            keys.append((b, b.alt_words() or ""))
    for b, key in keys:
        h = head(key)
        need(sum(h in u for u in units) == 1, site, None, f"head {h!r} not unique")
        need(
            not any(h in norm(line) for line in every_line),
            site,
            None,
            f"head {h!r} in a furniture line",
        )
        text = norm(" ".join(t for t in (b.headline, *b.paras) if t))
        need(text.startswith(norm(key)) or norm(key) in text, site, None, f"first words {key!r}")
    block_texts = [norm(" ".join(b.texts())) for b in final]
    for end in (body[0], body[-1]):
        need(not any(norm(six(end)) in t for t in block_texts), site, None, "body end in a block")
    for b in site.blocks:
        when = b.moment()
        need(
            when is None or when <= FIRST_FETCH, site, 0, f"block after the first fetch: {b.label}"
        )
    gw = site.genuine.moment()
    need(
        gw is not None and FIRST_FETCH + 5 * POLL < gw <= FIRST_FETCH + 6 * POLL,
        site,
        6,
        "genuine block not stamped between the fifth and sixth poll",
    )
    gkeys = [head(site.genuine.first_words())]
    if site.genuine.alt_words():
        gkeys.append(head(site.genuine.alt_words() or ""))

    first_lines = set(ctxs[0].lines)
    mods = [_modified(p) for p in pages]
    for fetch, (page, ctx) in enumerate(zip(pages, ctxs, strict=True)):
        lines = visible_lines(page)
        joined = norm("\n".join(lines))
        for p in body:
            need(p in lines, site, fetch, f"body paragraph not a whole line: {p[:50]!r}")
        shown = site.shown(fetch)
        for b in shown:
            for t in b.texts():
                t = " ".join(t.split())
                need(
                    any(t in line for line in lines),
                    site,
                    fetch,
                    f"block text not shown {t[:50]!r}",
                )
        for line in ctx.lines:
            need(len(line) >= 12, site, fetch, f"short furniture line {line!r}")
            need(any(line in v for v in lines), site, fetch, f"furniture not in one line {line!r}")
            n = norm(line)
            need(not any(n in u for u in units), site, fetch, f"furniture inside story {line!r}")
        if fetch < FETCHES - 1:
            for k in gkeys:
                need(k not in joined, site, fetch, f"genuine words visible early: {k!r}")
            need(mods[fetch] == mods[0], site, fetch, "dateModified changed before fetch 6")
        else:
            need(all(k in joined for k in gkeys), site, fetch, "genuine block not visible")
            need(mods[fetch] != mods[0] and bool(mods[fetch]), site, fetch, "dateModified same")
        if fetch:
            need(set(ctx.lines) != first_lines, site, fetch, "furniture same as fetch 0")
    need(len(set(pages)) == len(pages), site, None, "two fetches are byte-identical")


def page_truth(site: Site, ctx: Ctx) -> dict[str, object]:
    return {
        "blocks": [b.truth() for b in site.blocks],
        "body_first": six(site.body[0]),
        "body_last": six(site.body[-1]),
        "furniture": sorted(ctx.lines),
        "kind": site.kind,
        "lang": site.lang,
        "publisher": site.publisher,
    }


def dump(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main() -> None:
    built: list[tuple[Site, list[str], list[Ctx]]] = []
    for make in MAKERS:
        site = make()
        ctxs = [Ctx.make(site, f) for f in range(FETCHES)]
        pages = [site.render(ctx) for ctx in ctxs]
        check(site, pages, ctxs)
        built.append((site, pages, ctxs))
    slugs = [s.slug for s, _, _ in built]
    if len(set(slugs)) != len(slugs):
        raise Failed("duplicate slug")

    for site, pages, ctxs in built:
        folder = HERE / "histories" / site.slug
        folder.mkdir(parents=True, exist_ok=True)
        for fetch, page in enumerate(pages):
            (folder / f"fetch-{fetch}.html").write_text(page, "utf-8", newline="\n")
        truth = {"genuine_block": site.genuine.truth(), "noise_fetches": FETCHES - 1}
        (folder / "truth.json").write_text(dump(truth), "utf-8", newline="\n")
        pages_dir = HERE / "pages"
        pages_dir.mkdir(exist_ok=True)
        (pages_dir / f"{site.slug}.html").write_text(pages[0], "utf-8", newline="\n")
        (pages_dir / f"{site.slug}.json").write_text(
            dump(page_truth(site, ctxs[0])), "utf-8", newline="\n"
        )

    if "--stats" in sys.argv:
        stats(built)
    print(f"wrote {len(built)} histories and pages to {HERE}")


def stats(built: list[tuple[Site, list[str], list[Ctx]]]) -> None:
    kinds: Counter[str] = Counter()
    users: dict[str, list[str]] = {}
    per_lang: Counter[tuple[str, str]] = Counter()
    furniture = 0
    blocks = 0
    for site, pages, ctxs in built:
        used = set().union(*(c.kinds for c in ctxs))
        for k in used:
            kinds[k] += 1
            users.setdefault(k, []).append(site.publisher)
        for b in site.blocks:
            per_lang[(site.lang, b.kind)] += 1
        furniture += len(ctxs[0].lines)
        blocks += len(site.blocks)
        sizes = [len(p.encode()) // 1024 for p in pages]
        locals_ = [
            (FIRST_FETCH + POLL * f + timedelta(hours=site.offset)).strftime("%H:%M")
            for f in (0, FETCHES - 1)
        ]
        print(
            f"{site.slug:60s} {site.kind:7s} blocks {len(site.blocks)} furniture "
            f"{len(ctxs[0].lines):3d} size {min(sizes)}-{max(sizes)} KB local {locals_}"
        )
    print(f"blocks {blocks}, furniture lines {furniture}")
    for (lang, kind), n in sorted(per_lang.items()):
        print(f"  {lang} {kind}: {n}")
    for k, n in kinds.most_common():
        print(f"  {n:2d}  {k}  ({', '.join(users[k])})")


if __name__ == "__main__":
    main()
