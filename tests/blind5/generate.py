"""Write the fifth blind set (pages, histories, truth) and check every page against its truth.

Run from anywhere: ``.venv/bin/python tests/blind5/generate.py``. The output is the same byte for
byte on every run: each fetch uses ``random.Random("blind5:<slug>:<fetch>")``.
"""

from __future__ import annotations

import json
import shutil
import sys
from collections import Counter
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))

import sites_de  # noqa: E402
import sites_en  # noqa: E402
import sites_fr  # noqa: E402
import sites_it  # noqa: E402
from chrome import FETCHES, GENUINE_FETCH, Rec, norm  # noqa: E402

# slug: (writer, publisher, page kind, language)
SITES: dict[str, tuple[Callable[[Rec], str], str, str, str]] = {
    "propublica-erie-jail-heat": (sites_en.propublica, "ProPublica", "updates", "en"),
    "arstechnica-voltaro-firmware": (sites_en.arstechnica, "Ars Technica", "updates", "en"),
    "telegraph-live-storm-isolde": (sites_en.telegraph, "The Telegraph", "live", "en"),
    "fr-sachsenhausen-rohrbruch": (
        sites_de.frankfurter_rundschau,
        "Frankfurter Rundschau",
        "updates",
        "de",
    ),
    "ntv-ticker-hafenbrand": (sites_de.ntv, "n-tv.de", "live", "de"),
    "br24-live-schnee-werdenfels": (sites_de.br24, "BR24", "live", "de"),
    "lepoint-lyon-tunnel": (sites_fr.lepoint, "Le Point", "updates", "fr"),
    "ladepeche-toulouse-marche-noel": (sites_fr.ladepeche, "La Dépêche du Midi", "updates", "fr"),
    "france24-direct-crue-rhone": (sites_fr.france24, "France 24", "live", "fr"),
    "fanpage-napoli-cornicione": (sites_it.fanpage, "Fanpage.it", "updates", "it"),
    "tgcom24-diretta-gas-torino": (sites_it.tgcom24, "TGCom24", "live", "it"),
    "rainews-diretta-senigallia": (sites_it.rainews, "RaiNews", "live", "it"),
}

_BLOCK_TAGS = {
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
    "aside", "header", "footer", "figure", "figcaption", "blockquote", "br", "tr", "td", "nav",
    "main", "form", "button", "dl", "dt", "dd", "time", "span", "a", "strong", "em", "b", "i",
    "label", "input", "img",
}  # fmt: skip
_SKIP = {"script", "style", "svg", "template"}


class _Text(HTMLParser):
    """Visible text: inline markup kept together, a line break around block elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK_TAGS and tag not in {"span", "a", "strong", "em", "b", "i", "time"}:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip -= 1
        elif tag in _BLOCK_TAGS and tag not in {"span", "a", "strong", "em", "b", "i", "time"}:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def visible(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return norm("".join(parser.parts))


def head(text: str, n: int = 5) -> str:
    return norm(" ".join(text.split()[:n]))


class Fail(Exception):
    pass


def check_page(rec: Rec, html: str, body_first: str, body_last: str) -> str:
    text = visible(html)

    def need(what: str, s: str | None) -> None:
        if s and norm(s) not in text:
            raise Fail(f"{rec.slug} fetch {rec.fetch}: {what} not on the page: {s!r}")

    need("body first", body_first)
    need("body last", body_last)
    for para in rec.paras:
        need("paragraph", para)
    for block in rec.block_texts:
        need("block", block)
    blocks = rec.truth_blocks + ([rec.genuine] if rec.genuine else [])
    for b in blocks:
        need("first words", b["first_words"])
        need("alt words", b.get("alt_words"))
        need("label", b["label"])
    for line in rec.furniture:
        need("furniture", line)
        for inner in rec.paras + rec.block_texts:
            if norm(line) in norm(inner):
                raise Fail(
                    f"{rec.slug} fetch {rec.fetch}: furniture {line!r} inside {inner[:60]!r}"
                )
    for end in (body_first, body_last):
        for inner in rec.block_texts:
            if norm(end) in norm(inner):
                raise Fail(f"{rec.slug}: body end {end!r} inside a block")
    for b in blocks:
        for key in filter(None, (b["first_words"], b.get("alt_words"))):
            hits = sum(head(key) in norm(t) for t in rec.block_texts)
            hits += sum(head(key) in norm(t) for t in rec.paras)
            if hits != 1:
                raise Fail(f"{rec.slug}: {key!r} matches {hits} blocks or paragraphs")
    return text


def build(slug: str) -> None:
    writer, publisher, kind, lang = SITES[slug]
    folder = HERE / "histories" / slug
    folder.mkdir(parents=True, exist_ok=True)
    recs: list[Rec] = []
    pages: list[str] = []
    texts: list[str] = []
    for fetch in range(FETCHES):
        rec = Rec(slug, fetch, lang)
        html = writer(rec)
        recs.append(rec)
        pages.append(html)
    first = recs[0]
    body_first = " ".join(first.paras[0].split()[:6])
    body_last = " ".join(first.paras[-1].split()[:6])
    for rec, html in zip(recs, pages, strict=True):
        texts.append(check_page(rec, html, body_first, body_last))
    for rec, html in zip(recs[1:], pages[1:], strict=True):
        if rec.paras != first.paras or rec.truth_blocks != first.truth_blocks:
            raise Fail(f"{slug} fetch {rec.fetch}: body or blocks differ from fetch 0")
        genuine_text = [rec.genuine_text] if rec.genuine else []
        if sorted(set(rec.block_texts) - set(genuine_text)) != sorted(first.block_texts):
            raise Fail(f"{slug} fetch {rec.fetch}: block texts differ from fetch 0")
        if html == pages[0]:
            raise Fail(f"{slug} fetch {rec.fetch}: same page as fetch 0")
    genuine = recs[GENUINE_FETCH].genuine
    if genuine is None or any(r.genuine for r in recs[:GENUINE_FETCH]):
        raise Fail(f"{slug}: the genuine block must be on fetch 6 only")
    for fetch, text in enumerate(texts):
        for key in filter(None, (genuine["first_words"], genuine.get("alt_words"))):
            present = head(key) in text
            if present != (fetch == GENUINE_FETCH):
                raise Fail(f"{slug} fetch {fetch}: genuine words present={present}")
    for fetch, html in enumerate(pages):
        (folder / f"fetch-{fetch}.html").write_text(html, "utf-8")
    (folder / "truth.json").write_text(
        json.dumps(
            {"genuine_block": genuine, "noise_fetches": GENUINE_FETCH},
            ensure_ascii=False,
            indent=2,
            sort_keys=True,
        )
        + "\n",
        "utf-8",
    )
    truth = {
        "blocks": first.truth_blocks,
        "body_first": body_first,
        "body_last": body_last,
        "furniture": sorted(first.furniture),
        "kind": kind,
        "lang": lang,
        "publisher": publisher,
    }
    pages_dir = HERE / "pages"
    pages_dir.mkdir(exist_ok=True)
    shutil.copyfile(folder / "fetch-0.html", pages_dir / f"{slug}.html")
    (pages_dir / f"{slug}.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=2, sort_keys=True) + "\n", "utf-8"
    )
    kinds = set().union(*(r.kinds for r in recs))
    SUMMARY.append((slug, len(first.truth_blocks), len(first.furniture), len(pages[0]), kinds))


SUMMARY: list[tuple[str, int, int, int, set[str]]] = []


def main() -> None:
    only = sys.argv[1:]
    for slug in SITES:
        if not only or slug in only:
            build(slug)
    tally: Counter[str] = Counter()
    for slug, blocks, furniture, size, kinds in SUMMARY:
        tally.update(kinds)
        print(f"{slug:34s} blocks {blocks:2d}  furniture {furniture:3d}  {size // 1024:3d} KB")
    print(
        f"total: {sum(s[1] for s in SUMMARY)} blocks, {sum(s[2] for s in SUMMARY)} furniture lines"
    )
    for kind, n in sorted(tally.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {kind:28s} {n:2d} histories")


if __name__ == "__main__":
    main()
