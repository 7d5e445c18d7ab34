"""Write the third tuning set: ``pages/`` only (24 pages imitating publishers that none of
``tests/tuning``, ``tests/tuning2``, ``tests/blind`` and ``tests/blind2`` imitates, each with its
truth file). ``histories/`` stays empty. All randomness is seeded (``noise.SEED``, the slug and the
name of each draw), so every run writes the same bytes.

    .venv/bin/python tests/tuning3/generate.py

Before writing, each page is checked against its own truth: every furniture line, label, block
and body end is on the page, and no furniture line is part of the article text.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pages_live  # noqa: E402, F401  (registers its templates)
import pages_notes  # noqa: E402, F401
from kit import REGISTRY, Page  # noqa: E402
from noise import Noise  # noqa: E402

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\xa0": " "})


def norm(text: str) -> str:
    """As ``bench/blind_eval.py`` compares text."""
    text = unicodedata.normalize("NFC", text).translate(_QUOTES).lower()
    return " ".join(text.split())


def head5(words: str) -> str:
    return norm(" ".join(words.split()[:5]))


def visible(markup: str) -> str:
    markup = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", markup)
    return norm(html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def check_page(slug: str, markup: str, page: Page) -> None:
    text = visible(markup)
    for line in page.furniture:
        assert norm(line) in text, f"{slug}: furniture not on the page: {line!r}"
    assert page.blocks, slug
    for block in page.blocks:
        k = "alt_words" if block.get("alt_words") else "first_words"
        assert head5(block[k]) in text, f"{slug}: {k} not on the page: {block[k]!r}"
        if block["label"]:
            assert norm(block["label"]) in text, (
                f"{slug}: label not on the page: {block['label']!r}"
            )
        for line in page.furniture:
            assert head5(block["first_words"]) not in norm(line), f"{slug}: block in furniture"
    article = [norm(t) for t in page.content]
    for line in page.furniture:
        clash = next((t for t in article if norm(line) in t), None)
        assert clash is None, f"{slug}: furniture {line!r} is part of the text {clash!r}"
    for headline in page.headlines:
        assert norm(headline) in text, f"{slug}: headline not on the page: {headline!r}"
    for end in (page.body_first, page.body_last):
        assert norm(end) in text, f"{slug}: body paragraph not on the page: {end!r}"


def dump(path: Path, data: object) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n", "utf-8")


def main() -> None:
    kinds = Counter(kind for _, _, _, kind in REGISTRY.values())
    assert len(REGISTRY) == 24 and kinds == {"updates": 16, "live": 8}, kinds
    langs = Counter(lang for _, _, lang, _ in REGISTRY.values())
    assert set(langs) == {"en", "de", "fr", "it", "es", "pt"}, langs
    shutil.rmtree(HERE / "pages", ignore_errors=True)
    (HERE / "pages").mkdir()
    (HERE / "histories").mkdir(exist_ok=True)
    for slug in sorted(REGISTRY):
        fn, publisher, lang, kind = REGISTRY[slug]
        page = Page(slug, publisher, lang, kind)
        markup = fn(page, Noise(slug, 0, lang), False)
        check_page(slug, markup, page)
        (HERE / "pages" / f"{slug}.html").write_text(markup, "utf-8")
        dump(HERE / "pages" / f"{slug}.json", page.truth())
    print(f"wrote {len(REGISTRY)} pages ({dict(kinds)}) to {HERE / 'pages'}")


if __name__ == "__main__":
    main()
