"""Write the tuning5 set (histories/ and pages/) deterministically, checking every page.

Run: ``.venv/bin/python tests/tuning5/generate.py``. Fetch ``n`` of history ``slug`` draws its
furniture from ``random.Random("tuning5:<slug>:<n>")`` (see ``kit.Sheet``), so every run writes
the same bytes. Before anything is written, each page is checked against its own truth:

- each block's first words lie in that block and are on the page, with its label and alt words;
  the first five words of a block belong to that block only;
- the body's first and last words are on the page and in no block;
- every furniture line is on the page and inside no body paragraph and no block;
- fetches 1-6 keep fetch 0's body and blocks; every fetch prints some furniture fetch 0 does
  not; no two fetches are byte-identical; the genuine block is on fetch 6 only.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import site_de  # noqa: E402
import site_en  # noqa: E402
import site_fr  # noqa: E402
import site_it  # noqa: E402
from kit import GENUINE_FETCH, Sheet  # noqa: E402

SITES = {**site_en.SITES, **site_de.SITES, **site_fr.SITES, **site_it.SITES}
_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\xa0": " "})


def fold(text: str) -> str:
    text = unicodedata.normalize("NFC", text).translate(_FOLD).lower()
    return " ".join(text.split())


def head5(text: str) -> str:
    return fold(" ".join(text.split()[:5]))


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.skip += tag in ("script", "style")

    def handle_endtag(self, tag: str) -> None:
        self.skip -= tag in ("script", "style")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def page_text(html: str) -> str:
    p = _Text()
    p.feed(html)
    return fold(" ".join(p.parts))


class CheckFailed(Exception):
    pass


def check(sh: Sheet, html: str) -> None:
    text = page_text(html)
    truth = sh.truth()
    bad: list[str] = []
    blocks = [fold(t) for t in sh.block_texts]
    paras = [fold(p) for p in sh.paras]
    for block, btext in zip(truth["blocks"], blocks, strict=True):
        fw = block["first_words"]
        if fold(fw) not in btext:
            bad.append(f"first words outside their block: {fw!r}")
        if head5(fw) not in text:
            bad.append(f"first words not on the page: {fw!r}")
        if block.get("alt_words") and fold(block["alt_words"]) not in text:
            bad.append(f"alt words not on the page: {block['alt_words']!r}")
        if block["label"] is not None and fold(block["label"]) not in text:
            bad.append(f"label not on the page: {block['label']!r}")
        if sum(head5(fw) in t for t in blocks) != 1:
            bad.append(f"first words in more than one block: {fw!r}")
    for end in (truth["body_first"], truth["body_last"]):
        if fold(end) not in text:
            bad.append(f"body end not on the page: {end!r}")
        if any(fold(end) in t for t in blocks):
            bad.append(f"body end inside a block: {end!r}")
    for line in truth["furniture"]:
        f = fold(line)
        if f not in text:
            bad.append(f"furniture not on the page: {line!r}")
        if any(f in t for t in paras + blocks):
            bad.append(f"furniture inside the body or a block: {line!r}")
    if (sh.fresh is not None) != sh.genuine:
        bad.append("genuine block on the wrong fetch")
    if sh.fresh is not None:
        key = head5(sh.fresh["first_words"])
        if key not in text:
            bad.append("genuine block not on the page")
        if any(key in t for t in blocks + paras):
            bad.append("genuine block's words also elsewhere")
        if sh.fresh["label"] and fold(sh.fresh["label"]) not in text:
            bad.append("genuine label not on the page")
        if any(fold(line) in fold(sh.fresh_text) for line in truth["furniture"]):
            bad.append("furniture inside the genuine block")
    if bad:
        raise CheckFailed(f"{sh.slug} fetch {sh.fetch}: " + "; ".join(bad))


def build(slug: str, fetch: int) -> tuple[Sheet, str]:
    lang, publisher, kind, render = SITES[slug]
    sh = Sheet(slug, lang, publisher, kind, fetch=fetch)
    return sh, render(sh)


def dump(obj: dict) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main() -> None:
    pages, hist = HERE / "pages", HERE / "histories"
    pages.mkdir(exist_ok=True)
    hist.mkdir(exist_ok=True)
    n_blocks = n_fur = 0
    for slug in sorted(SITES):
        built = [build(slug, f) for f in range(GENUINE_FETCH + 1)]
        for sh, html in built:
            check(sh, html)
        sh0, html0 = built[0]
        if len({html for _, html in built}) != len(built):
            raise CheckFailed(f"{slug}: two fetches are byte-identical")
        for sh, _ in built[1:]:
            if sh.paras != sh0.paras or sh.blocks != sh0.blocks:
                raise CheckFailed(f"{slug} fetch {sh.fetch}: body or blocks differ from fetch 0")
            if not set(sh.furniture) - set(sh0.furniture):
                raise CheckFailed(f"{slug} fetch {sh.fetch}: no furniture changed")
        fresh = built[-1][0].fresh
        assert fresh is not None
        for sh, html in built[:-1]:
            if head5(fresh["first_words"]) in page_text(html):
                raise CheckFailed(f"{slug}: genuine block already on fetch {sh.fetch}")
        truth = sh0.truth()
        n_blocks += len(truth["blocks"])
        n_fur += len(truth["furniture"])
        (pages / f"{slug}.html").write_text(html0, "utf-8")
        (pages / f"{slug}.json").write_text(dump(truth), "utf-8")
        folder = hist / slug
        folder.mkdir(exist_ok=True)
        for sh, html in built:
            (folder / f"fetch-{sh.fetch}.html").write_text(html, "utf-8")
        (folder / "truth.json").write_text(
            dump({"genuine_block": fresh, "noise_fetches": GENUINE_FETCH}), "utf-8"
        )
    print(f"{len(SITES)} histories, {n_blocks} truth blocks and {n_fur} furniture lines on fetch 0")


if __name__ == "__main__":
    main()
