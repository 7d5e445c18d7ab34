"""Write the blind6 set: 12 histories of 7 fetches, and the fetch-0 pages with their truth.

Every fetch is built with ``random.Random("blind6:<slug>:<fetch>")``; only furniture depends on
it. Each page is checked against its own truth before anything is written.
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import sites_de  # noqa: E402
import sites_en  # noqa: E402
import sites_fr  # noqa: E402
import sites_it  # noqa: E402
from chrome import Fx, visible  # noqa: E402

SITES = sites_en.SITES + sites_de.SITES + sites_fr.SITES + sites_it.SITES
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\xa0": " "})


def norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text).translate(_QUOTES).lower()
    return " ".join(text.split())


def head(text: str, n: int = 5) -> str:
    return norm(" ".join(text.split()[:n]))


def build(slug: str, lang: str, fetch: int, fn) -> tuple[Fx, str]:
    fx = Fx(slug, lang, fetch, random.Random(f"blind6:{slug}:{fetch}"))
    return fx, fn(fx)


def check(fx: Fx, page: str) -> None:
    where = f"{fx.slug} fetch {fx.fetch}"
    text = norm(visible(page))
    bodies = [norm(t) for t in fx.paras + fx.block_texts]
    for entry in fx.blocks:
        for key in ("first_words", "alt_words", "label"):
            value = entry.get(key)
            assert value is None or norm(value) in text, f"{where}: {key} {value!r} not on the page"
        keys = [head(entry["first_words"])]
        if entry.get("alt_words"):
            keys.append(head(entry["alt_words"]))
        for k in keys:
            hits = sum(k in b for b in bodies)
            assert hits == 1, f"{where}: {k!r} in {hits} paragraphs/blocks"
    for t in fx.paras + fx.block_texts:
        assert norm(t) in text, f"{where}: body/block text not on the page: {t[:60]!r}"
    for line in fx.furniture:
        assert norm(line) in text, f"{where}: furniture {line!r} not on the page"
        for b in bodies:
            assert norm(line) not in b, f"{where}: furniture {line!r} inside {b[:50]!r}"
    for end in (fx.paras[0], fx.paras[-1]):
        for b in fx.block_texts:
            assert head(end, 6) not in norm(b), f"{where}: body end inside a block"


def truth(fx: Fx, publisher: str, kind: str) -> dict[str, object]:
    return {
        "blocks": fx.blocks,
        "body_first": " ".join(fx.paras[0].split()[:6]),
        "body_last": " ".join(fx.paras[-1].split()[:6]),
        "furniture": sorted(fx.furniture),
        "kind": kind,
        "lang": fx.lang,
        "publisher": publisher,
    }


def dump(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main() -> None:
    (HERE / "pages").mkdir(exist_ok=True)
    totals = {"blocks": 0, "furniture": 0}
    for slug, publisher, lang, kind, fn in SITES:
        fetches = [build(slug, lang, n, fn) for n in range(7)]
        for fx, page in fetches:
            check(fx, page)
        fx0, page0 = fetches[0]
        assert fx0.genuine is None
        for fx, page in fetches[1:]:
            assert fx.paras == fx0.paras, f"{slug} fetch {fx.fetch}: body paragraphs differ"
            if fx.fetch < 6:
                assert fx.blocks == fx0.blocks and fx.genuine is None, f"{slug} {fx.fetch}: blocks"
                assert page != page0, f"{slug} fetch {fx.fetch}: same HTML as fetch 0"
        fx6, page6 = fetches[6]
        genuine = fx6.genuine
        assert genuine is not None, f"{slug}: no genuine block on fetch 6"
        assert [b for b in fx6.blocks if b is not genuine] == fx0.blocks, f"{slug}: fetch 6 blocks"
        for key in ("first_words", "alt_words"):
            if genuine.get(key):
                k = head(genuine[key])
                assert k in norm(visible(page6)), f"{slug}: genuine {key} not on fetch 6"
                for fx, page in fetches[:6]:
                    assert k not in norm(visible(page)), f"{slug}: genuine on fetch {fx.fetch}"
        folder = HERE / "histories" / slug
        folder.mkdir(parents=True, exist_ok=True)
        for fx, page in fetches:
            (folder / f"fetch-{fx.fetch}.html").write_text(page, "utf-8")
        (folder / "truth.json").write_text(
            dump({"genuine_block": genuine, "noise_fetches": 6}), "utf-8"
        )
        (HERE / "pages" / f"{slug}.html").write_text(page0, "utf-8")
        (HERE / "pages" / f"{slug}.json").write_text(dump(truth(fx0, publisher, kind)), "utf-8")
        totals["blocks"] += len(fx0.blocks)
        totals["furniture"] += len(fx0.furniture)
        print(f"{slug}: {len(fx0.blocks)} blocks, {len(fx0.furniture)} furniture lines")
    print(f"total: {totals['blocks']} blocks, {totals['furniture']} furniture lines")


if __name__ == "__main__":
    main()
