"""Write the second tuning set: ``pages/`` (24 pages imitating publishers that none of
``tests/blind``, ``tests/blind2`` and ``tests/tuning`` imitates, each with its truth file) and
``histories/`` (10 of them fetched 7 times: fetches 0-5 differ in furniture only, fetch 6 adds
one genuine block). All randomness is seeded (``noise.SEED``, the slug, the fetch number and the
name of each draw), so every run writes the same bytes.

    .venv/bin/python tests/tuning2/generate.py

Before writing, each page is checked against its own truth: every furniture line, block and body
end is on the page; no furniture line is part of the article text; the genuine block is on fetch
6 only; and, fetch to fetch, the text that is not furniture stays the same (fetch 6: plus the
genuine block).
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
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pages_live  # noqa: E402, F401  (registers its templates)
import pages_plain  # noqa: E402, F401
import pages_updates  # noqa: E402, F401
from kit import REGISTRY, Page  # noqa: E402
from noise import FIRST_FETCH, POLL_EVERY, Noise  # noqa: E402

FETCHES = 7
HISTORIES = [
    "20minutos-incendio-getafe",
    "cnbc-live-pilots-strike",
    "france24-direct-greve-raffineries",
    "jn-despiste-autocarro",
    "lepoint-panne-tgv",
    "newsweek-bitcoin-slide",
    "rnd-liveblog-glatteis",
    "rtp-direto-tempestade",
    "skytg24-live-maltempo",
    "tonline-brand-recyclinghof",
]

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\xa0": " "})


def norm(text: str) -> str:
    """As ``bench/blind_eval.py`` compares text."""
    text = unicodedata.normalize("NFC", text).translate(_QUOTES).lower()
    return " ".join(text.split())


def head5(words: str) -> str:
    return norm(" ".join(words.split()[:5]))


def render(slug: str, fetch: int, genuine: bool) -> tuple[str, Page]:
    fn, publisher, lang, kind = REGISTRY[slug]
    page = Page(slug, publisher, lang, kind)
    return fn(page, Noise(slug, fetch, lang), genuine), page


# ---------------------------------------------------------------------------------------------
# Checks


def visible(markup: str) -> str:
    markup = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", markup)
    return norm(html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def text_elements(markup: str) -> list[str]:
    """Every ``<p>``, ``<h1-3>`` and ``<li>`` text, normalised, tag by tag."""
    markup = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", markup)
    found = [
        inner
        for tag in ("p", "h1", "h2", "h3", "li")  # one tag at a time: a <p> inside an <li> counts
        for inner in re.findall(rf"(?is)<{tag}\b[^>]*>(.*?)</{tag}>", markup)
    ]
    return [norm(html.unescape(re.sub(r"<[^>]+>", " ", inner))) for inner in found]


def content(markup: str, page: Page) -> list[str]:
    """The text elements that hold no furniture line and are more than a label (four words or
    more): what must not change between fetches."""
    lines = [norm(line) for line in page.furniture]
    return [
        t
        for t in text_elements(markup)
        if len(t.split()) >= 4 and not any(line in t for line in lines)
    ]


def check_page(slug: str, markup: str, page: Page) -> None:
    text = visible(markup)
    for line in page.furniture:
        assert norm(line) in text, f"{slug}: furniture not on the page: {line!r}"
    blocks = page.blocks + ([page.genuine] if page.genuine else [])
    for block in blocks:
        # a live entry's first words run from its headline into its text, which a clock may
        # separate on the page: then the headline and the text are checked apart
        key = "alt_words" if block.get("alt_words") else "first_words"
        assert head5(block[key]) in text, f"{slug}: {key} not on the page: {block[key]!r}"
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
    assert page.kind != "plain" or not page.blocks, slug
    assert page.kind == "plain" or page.blocks, slug


def inserted(before: list[str], after: list[str]) -> list[str] | None:
    """The items ``after`` adds when ``before`` is a subsequence of it, else None."""
    added: list[str] = []
    i = 0
    for item in after:
        if i < len(before) and item == before[i]:
            i += 1
        else:
            added.append(item)
    return added if i == len(before) else None


def genuine_words(block: dict[str, Any]) -> str:
    return head5(block.get("alt_words") or block["first_words"])


# ---------------------------------------------------------------------------------------------
# Output


def dump(path: Path, data: object) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n", "utf-8")


def main() -> None:
    kinds = Counter(kind for _, _, _, kind in REGISTRY.values())
    assert len(REGISTRY) == 24 and kinds == {"updates": 10, "live": 10, "plain": 4}, kinds
    for folder in ("pages", "histories"):
        shutil.rmtree(HERE / folder, ignore_errors=True)
        (HERE / folder).mkdir()

    first: dict[str, tuple[str, Page]] = {}
    for slug in sorted(REGISTRY):
        markup, page = render(slug, 0, genuine=False)
        check_page(slug, markup, page)
        assert page.genuine is None, slug
        first[slug] = (markup, page)
        (HERE / "pages" / f"{slug}.html").write_text(markup, "utf-8")
        dump(HERE / "pages" / f"{slug}.json", page.truth())

    for slug in HISTORIES:
        folder = HERE / "histories" / slug
        folder.mkdir()
        markup0, page0 = first[slug]
        base = content(markup0, page0)
        furniture: dict[str, list[str]] = {}
        genuine: dict[str, Any] | None = None
        for fetch in range(FETCHES):
            last = fetch == FETCHES - 1
            markup, page = render(slug, fetch, genuine=last)
            check_page(slug, markup, page)
            assert page.blocks == page0.blocks, f"{slug} fetch {fetch}: blocks differ"
            assert (page.body_first, page.body_last) == (page0.body_first, page0.body_last)
            if fetch == 0:
                assert markup == markup0, slug
            kept = content(markup, page)
            if last:
                assert page.genuine is not None, slug
                genuine = page.genuine
                added = inserted(base, kept)
                assert added is not None, f"{slug} fetch 6: content other than insertions changed"
                assert genuine_words(genuine) in " ".join(added), f"{slug}: genuine block not new"
            else:
                assert page.genuine is None
                assert kept == base, f"{slug} fetch {fetch}: {set(kept) ^ set(base)}"
            furniture[f"fetch-{fetch}"] = sorted(page.furniture)
            (folder / f"fetch-{fetch}.html").write_text(markup, "utf-8")
        assert genuine is not None
        for fetch in range(FETCHES - 1):
            text = visible((folder / f"fetch-{fetch}.html").read_text("utf-8"))
            assert genuine_words(genuine) not in text, f"{slug}: genuine block early"
        _, publisher, lang, kind = REGISTRY[slug]
        dump(
            folder / "truth.json",
            {
                "slug": slug,
                "publisher": publisher,
                "lang": lang,
                "kind": kind,
                "page": f"pages/{slug}.html is fetch-0.html",
                "fetched_at": [(FIRST_FETCH + POLL_EVERY * k).isoformat() for k in range(FETCHES)],
                "furniture_only_fetches": list(range(FETCHES - 1)),
                "genuine_fetch": FETCHES - 1,
                "genuine_block": genuine,
                "blocks_on_every_fetch": page0.blocks,
                "furniture_by_fetch": furniture,
            },
        )
    print(f"wrote {len(REGISTRY)} pages ({dict(kinds)}) and {len(HISTORIES)} histories to {HERE}")


if __name__ == "__main__":
    main()
