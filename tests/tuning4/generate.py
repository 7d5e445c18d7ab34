"""Write the tuning4 set (histories/ and pages/) deterministically, checking every page.

Run from anywhere: ``.venv/bin/python tests/tuning4/generate.py``. Fetch ``n`` of history
``slug`` draws its furniture from ``random.Random("tuning4:<slug>:<n>")`` (see ``kit.Page``), so
every run writes the same bytes. Each page is checked against its own truth before it is written:

- every block's first words, label and (for headed entries) alt words are on the page, and the
  first five words of a block belong to that block only;
- the body's first and last words are on the page and inside no block;
- every furniture line is on the page and inside no body paragraph and no block;
- fetches 1-6 keep fetch 0's body and blocks; fetches 1-5 differ from fetch 0 (and from each
  other) in furniture only; the genuine block is on fetch 6 and on no earlier fetch;
- every fetch lists furniture that fetch 0 does not (something rotated or updated).
"""

from __future__ import annotations

import json
import sys
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pub_de  # noqa: E402
import pub_en  # noqa: E402
import pub_fr  # noqa: E402
import pub_it  # noqa: E402
from kit import Page  # noqa: E402

SITES = {**pub_en.SITES, **pub_de.SITES, **pub_fr.SITES, **pub_it.SITES}
FETCHES = 7
_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\xa0": " "})


def fold(text: str) -> str:
    text = unicodedata.normalize("NFC", text).translate(_FOLD).lower()
    return " ".join(text.split())


def first5(text: str) -> str:
    return fold(" ".join(text.split()[:5]))


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.hidden += tag in ("script", "style")

    def handle_endtag(self, tag: str) -> None:
        self.hidden -= tag in ("script", "style")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.chunks.append(data)


def visible(html: str) -> str:
    parser = _Visible()
    parser.feed(html)
    return fold(" ".join(parser.chunks))


class Bad(Exception):
    pass


def check(pg: Page, html: str) -> None:
    text = visible(html)
    truth = pg.truth()
    errors: list[str] = []
    blocks = [fold(t) for t in pg.block_texts]
    paras = [fold(p) for p in pg.paras]
    for block, btext in zip(truth["blocks"], blocks, strict=True):
        fw = block["first_words"]
        if fold(fw) not in btext:
            errors.append(f"first words outside their block: {fw!r}")
        if first5(fw) not in text:
            errors.append(f"first words not on the page: {fw!r}")
        if block.get("alt_words") and fold(block["alt_words"]) not in text:
            errors.append(f"alt words not on the page: {block['alt_words']!r}")
        if block["label"] is not None and fold(block["label"]) not in text:
            errors.append(f"label not on the page: {block['label']!r}")
        if sum(first5(fw) in t for t in blocks) != 1:
            errors.append(f"first words in more than one block: {fw!r}")
    for end in (truth["body_first"], truth["body_last"]):
        if fold(end) not in text:
            errors.append(f"body end not on the page: {end!r}")
        if any(fold(end) in t for t in blocks):
            errors.append(f"body end inside a block: {end!r}")
    for line in truth["furniture"]:
        f = fold(line)
        if f not in text:
            errors.append(f"furniture not on the page: {line!r}")
        if any(f in t for t in paras + blocks):
            errors.append(f"furniture inside the body or a block: {line!r}")
    g = pg.genuine_truth
    if (g is not None) != pg.genuine:
        errors.append("genuine block on the wrong fetch")
    if g is not None:
        if first5(g["first_words"]) not in text:
            errors.append("genuine block not on the page")
        if any(first5(g["first_words"]) in t for t in blocks + paras):
            errors.append("genuine block's words also elsewhere")
    if errors:
        raise Bad(f"{pg.slug} fetch {pg.fetch}: " + "; ".join(errors))


def build(slug: str, fetch: int) -> tuple[Page, str]:
    lang, publisher, kind, render = SITES[slug]
    pg = Page(slug, lang, publisher, kind, fetch=fetch)
    return pg, render(pg)


def dump(obj: dict) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main() -> None:
    pages_dir, hist_dir = HERE / "pages", HERE / "histories"
    pages_dir.mkdir(exist_ok=True)
    hist_dir.mkdir(exist_ok=True)
    n_blocks = n_furniture = 0
    for slug in sorted(SITES):
        built = [build(slug, f) for f in range(FETCHES)]
        for pg, html in built:
            check(pg, html)
        pg0, html0 = built[0]
        htmls = [html for _, html in built]
        if len(set(htmls)) != FETCHES:
            raise Bad(f"{slug}: two fetches are byte-identical")
        for pg, _html in built[1:]:
            if pg.paras != pg0.paras or pg.blocks != pg0.blocks:
                raise Bad(f"{slug} fetch {pg.fetch}: body or blocks differ from fetch 0")
            if not set(pg.furniture) - set(pg0.furniture):
                raise Bad(f"{slug} fetch {pg.fetch}: no new furniture line")
        genuine = built[-1][0].genuine_truth
        assert genuine is not None
        for pg, html in built[:-1]:
            if first5(genuine["first_words"]) in visible(html):
                raise Bad(f"{slug}: genuine block already on fetch {pg.fetch}")
        truth = pg0.truth()
        n_blocks += len(truth["blocks"])
        n_furniture += len(truth["furniture"])
        (pages_dir / f"{slug}.html").write_text(html0, "utf-8")
        (pages_dir / f"{slug}.json").write_text(dump(truth), "utf-8")
        folder = hist_dir / slug
        folder.mkdir(exist_ok=True)
        for pg, html in built:
            (folder / f"fetch-{pg.fetch}.html").write_text(html, "utf-8")
        (folder / "truth.json").write_text(
            dump({"genuine_block": genuine, "noise_fetches": FETCHES - 1}), "utf-8"
        )
    print(
        f"{len(SITES)} histories, {n_blocks} truth blocks and {n_furniture} furniture lines on fetch 0"
    )


if __name__ == "__main__":
    main()
