"""Write the eleventh blind set: 12 histories of 7 fetches and the 12 fetch-0 pages with truth.

Run it from anywhere: ``.venv/bin/python tests/blind11/generate.py``. It checks every page against
its own truth before it writes anything, and writes the same bytes on every run."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import site_de  # noqa: E402
import site_en  # noqa: E402
import site_fr  # noqa: E402
import site_it  # noqa: E402
from kit import FETCHES, FIRST_FETCH, GENUINE_FETCH, POLL, Ctx, Site, head, norm, visible_lines  # noqa: E402


class Fetch:
    def __init__(self, site: Site, number: int) -> None:
        self.ctx = Ctx(site.slug, number, site.offset)
        self.html, self.modified = site.render(self.ctx)
        self.lines = visible_lines(self.html)
        self.norm_lines = [norm(line) for line in self.lines]
        self.text = "\n".join(self.norm_lines)


def six(text: str) -> str:
    return " ".join(text.split()[:6])


def check(site: Site, fetches: list[Fetch]) -> list[str]:
    problems: list[str] = []

    def fail(number: int, message: str) -> None:
        problems.append(f"{site.slug} fetch {number}: {message}")

    wholes = [norm(b.whole()) for b in [*site.blocks, site.genuine]]
    units = [norm(p) for p in site.body] + wholes
    for block in [*site.blocks, site.genuine]:
        for key in filter(None, [block.first_words, block.alt_words]):
            hits = sum(head(key) in unit for unit in units)
            if hits != 1:
                fail(0, f"first words {key!r} occur in {hits} blocks or paragraphs")
        lead = f"{block.headline} {block.text[0]}" if block.headline else block.text[0]
        if not lead.startswith(block.first_words):
            fail(0, f"block text does not start with {block.first_words!r}")
    for end in (site.body[0], site.body[-1]):
        if any(norm(six(end)) in w for w in wholes):
            fail(0, f"body end {six(end)!r} sits inside a block")
    for block in site.blocks:
        if block.when is not None and block.when > FIRST_FETCH:
            fail(0, f"block {block.label!r} is stamped after the first fetch")
    when = site.genuine.when
    first_before = FIRST_FETCH + POLL * (GENUINE_FETCH - 1)
    if when is None or not first_before < when <= FIRST_FETCH + POLL * GENUINE_FETCH:
        fail(GENUINE_FETCH, "the genuine block is not stamped between the fifth and sixth poll")

    seen_html: set[str] = set()
    base = fetches[0]
    for number, fetch in enumerate(fetches):
        if fetch.html in seen_html:
            fail(number, "byte-identical to an earlier fetch")
        seen_html.add(fetch.html)
        for paragraph in site.body:
            if norm(paragraph) not in fetch.norm_lines:
                fail(number, f"body paragraph is not a whole visible line: {paragraph[:50]!r}")
        for block in site.blocks_at(number):
            for part in filter(None, [block.label, block.headline, *block.text]):
                if norm(part) not in fetch.text:
                    fail(number, f"block part not visible: {part[:50]!r}")
        for line in fetch.ctx.lines:
            n = norm(line)
            if len(line) < 12:
                fail(number, f"furniture line too short: {line!r}")
            if not any(n in v for v in fetch.norm_lines):
                fail(number, f"furniture line not within one visible line: {line[:60]!r}")
            if any(n in u for u in units):
                fail(number, f"furniture line inside the story: {line[:60]!r}")
            for block in [*site.blocks, site.genuine]:
                for key in filter(None, [block.first_words, block.alt_words]):
                    if head(key) in n:
                        fail(number, f"furniture line holds first words {key!r}")
        genuine_keys = [
            head(k) for k in filter(None, [site.genuine.first_words, site.genuine.alt_words])
        ]
        if number < GENUINE_FETCH:
            if any(k in fetch.text for k in genuine_keys):
                fail(number, "genuine block visible before fetch 6")
            if fetch.modified != base.modified:
                fail(number, "dateModified changed on a furniture-only fetch")
        else:
            if fetch.modified == base.modified:
                fail(number, "dateModified did not change with the genuine block")
            for part in site.genuine.text:
                if norm(part) not in fetch.text:
                    fail(number, "genuine text not visible")
        if number and set(fetch.ctx.lines) == set(base.ctx.lines):
            fail(number, "same furniture lines as fetch 0")
    return problems


def page_truth(site: Site, fetch0: Fetch) -> dict[str, object]:
    return {
        "blocks": [b.truth() for b in site.blocks],
        "body_first": six(site.body[0]),
        "body_last": six(site.body[-1]),
        "furniture": sorted(set(fetch0.ctx.lines)),
        "kind": site.kind,
        "lang": site.lang,
        "publisher": site.publisher,
    }


def dump(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main() -> None:
    sites = [*site_en.sites(), *site_de.sites(), *site_fr.sites(), *site_it.sites()]
    built = {site.slug: [Fetch(site, n) for n in range(FETCHES)] for site in sites}
    problems = [p for site in sites for p in check(site, built[site.slug])]
    if problems:
        print("\n".join(problems))
        raise SystemExit(f"{len(problems)} problems; nothing written")

    pages, histories = HERE / "pages", HERE / "histories"
    pages.mkdir(exist_ok=True)
    kinds: Counter[str] = Counter()
    blocks = furniture = 0
    sizes: list[int] = []
    for site in sites:
        fetches = built[site.slug]
        folder = histories / site.slug
        folder.mkdir(parents=True, exist_ok=True)
        for number, fetch in enumerate(fetches):
            (folder / f"fetch-{number}.html").write_text(fetch.html, "utf-8")
            sizes.append(len(fetch.html.encode("utf-8")))
        (folder / "truth.json").write_text(
            dump({"genuine_block": site.genuine.truth(), "noise_fetches": 6}), "utf-8"
        )
        (pages / f"{site.slug}.html").write_text(fetches[0].html, "utf-8")
        truth = page_truth(site, fetches[0])
        (pages / f"{site.slug}.json").write_text(dump(truth), "utf-8")
        blocks += len(site.blocks)
        furniture += len(truth["furniture"])  # type: ignore[arg-type]
        for kind in set().union(*(f.ctx.kinds for f in fetches)):
            kinds[kind] += 1
    print(f"{len(sites)} histories, {blocks} truth blocks, {furniture} furniture lines")
    print(f"page sizes {min(sizes) // 1024}-{max(sizes) // 1024} KB")
    for kind, count in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{count:3d}  {kind}")


if __name__ == "__main__":
    main()
