"""Write the third blind set (pages/, histories/) deterministically and check it.

Run from anywhere: ``.venv/bin/python tests/blind3/generate.py``. Every fetch uses
``random.Random("blind3:<slug>:<fetch>")`` (see ``chrome.Px``), so the output is the same on
every run. Before writing, each page is checked against its own truth:

- the first words of every block, its label, the body's first and last words and every
  furniture line appear on the page;
- no furniture line sits inside a body paragraph or a block, and no body end inside a block;
- the first five words of each block identify only that block;
- history fetches 1-5 have exactly fetch 0's body and blocks, and differ from it in furniture;
- the genuine block appears in fetch 6 only, and fetch 6 has no other body or block change.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import sites_de  # noqa: E402
import sites_en  # noqa: E402
import sites_fr  # noqa: E402
import sites_it  # noqa: E402
from chrome import Px  # noqa: E402

SITES = {**sites_en.SITES, **sites_de.SITES, **sites_fr.SITES, **sites_it.SITES}

HISTORIES = [
    "washpost-metro-fares",
    "guardian-live-thames",
    "cnn-live-philly-water",
    "heise-nubivo-stoerung",
    "sz-landshut-bruecke",
    "tagesspiegel-newsblog-glatteis",
    "liberation-marseille-greve",
    "20minutes-direct-neige",
    "ilpost-mose-venezia",
    "repubblica-diretta-blackout-metro",
]

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\xa0": " "})


def norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text).translate(_QUOTES).lower()
    return " ".join(text.split())


def head(text: str, n: int = 5) -> str:
    return norm(" ".join(text.split()[:n]))


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def visible(html: str) -> str:
    p = _Text()
    p.feed(html)
    return norm(" ".join(p.parts))


class CheckError(Exception):
    pass


def check_page(slug: str, px: Px, html: str) -> None:
    text = visible(html)
    truth = px.truth()
    problems = []
    block_texts = [norm(t) for t in px.block_texts]
    for b, bt in zip(truth["blocks"], block_texts, strict=True):
        if norm(b["first_words"]) not in bt:
            problems.append(f"first words not in its block: {b['first_words']!r}")
        if head(b["first_words"]) not in text:
            problems.append(f"first words not on page: {b['first_words']!r}")
        if b.get("alt_words") and norm(b["alt_words"]) not in text:
            problems.append(f"alt words not on page: {b['alt_words']!r}")
        if b["label"] is not None and norm(b["label"]) not in text:
            problems.append(f"label not on page: {b['label']!r}")
        others = [t for t in block_texts if t is not bt]
        if any(head(b["first_words"]) in t for t in others):
            problems.append(f"first words not unique: {b['first_words']!r}")
    paras = [norm(p) for p in px.paras]
    for end in (truth["body_first"], truth["body_last"]):
        if norm(end) not in text:
            problems.append(f"body end not on page: {end!r}")
        if any(norm(end) in t for t in block_texts):
            problems.append(f"body end inside a block: {end!r}")
    for line in truth["furniture"]:
        n = norm(line)
        if n not in text:
            problems.append(f"furniture not on page: {line!r}")
        if any(n in t for t in paras + block_texts):
            problems.append(f"furniture inside body or block: {line!r}")
    if px.genuine_truth is not None:
        g = px.genuine_truth
        if head(g["first_words"]) not in text:
            problems.append("genuine block missing on fetch 6")
        if any(head(g["first_words"]) in t for t in block_texts + paras):
            problems.append("genuine block words also in another block")
    if problems:
        raise CheckError(f"{slug} fetch {px.fetch}: " + "; ".join(problems))


def build(slug: str, fetch: int) -> tuple[Px, str]:
    lang, publisher, kind, fn = SITES[slug]
    px = Px(slug, lang, publisher, kind, fetch=fetch, genuine=fetch == 6)
    return px, fn(px)


def dump(obj: dict) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main() -> None:
    pages_dir = HERE / "pages"
    hist_dir = HERE / "histories"
    pages_dir.mkdir(exist_ok=True)
    hist_dir.mkdir(exist_ok=True)
    total_blocks = 0
    for slug in sorted(SITES):
        px0, html0 = build(slug, 0)
        check_page(slug, px0, html0)
        truth = px0.truth()
        total_blocks += len(truth["blocks"])
        (pages_dir / f"{slug}.html").write_text(html0, "utf-8")
        (pages_dir / f"{slug}.json").write_text(dump(truth), "utf-8")
        if slug not in HISTORIES:
            continue
        folder = hist_dir / slug
        folder.mkdir(exist_ok=True)
        (folder / "fetch-0.html").write_text(html0, "utf-8")
        genuine = None
        for fetch in range(1, 7):
            px, html = build(slug, fetch)
            check_page(slug, px, html)
            if px.paras != px0.paras or px.blocks != px0.blocks:
                raise CheckError(f"{slug} fetch {fetch}: body or blocks differ from fetch 0")
            if html == html0:
                raise CheckError(f"{slug} fetch {fetch}: no furniture change")
            g = px.genuine_truth
            if fetch < 6 and g is not None:
                raise CheckError(f"{slug} fetch {fetch}: genuine block before fetch 6")
            if fetch == 6:
                if g is None:
                    raise CheckError(f"{slug}: no genuine block on fetch 6")
                genuine = g
            (folder / f"fetch-{fetch}.html").write_text(html, "utf-8")
        assert genuine is not None
        key = head(genuine["first_words"])
        for fetch in range(6):
            if key in visible((folder / f"fetch-{fetch}.html").read_text("utf-8")):
                raise CheckError(f"{slug}: genuine block already on fetch {fetch}")
        (folder / "truth.json").write_text(
            dump({"genuine_block": genuine, "noise_fetches": 6}), "utf-8"
        )
    print(f"{len(SITES)} pages, {total_blocks} truth blocks, {len(HISTORIES)} histories")


if __name__ == "__main__":
    main()
