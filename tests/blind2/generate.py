"""Write the second blind set: ``pages/`` (20 pages + truth) and ``histories/`` (10 pages x 7 fetches).

Run from anywhere: ``.venv/bin/python tests/blind2/generate.py``. Output is deterministic (every
piece of furniture comes from ``random.Random("blind2:<slug>:<fetch>")``) and committed. Before
writing, each page is checked against its own truth: the truth's first words, body ends and
furniture lines are on the page, and no furniture line is inside a body paragraph or block.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from chrome import Fx, Page, plain, words  # noqa: E402
from sites_live import (  # noqa: E402
    bbc_storm,
    franceinfo_maree,
    lastampa_deposito,
    ouestfrance_incendie,
    rtve_cueva,
    tagesschau_island,
    verge_event,
    zeit_parteitag,
)
from sites_notes import (  # noqa: E402
    ap_wildfire,
    corriere_neve,
    elpais_atapuerca,
    lemonde_incendie,
    nyt_school_week,
    publico_sismo,
    spiegel_stromausfall,
    wordpress_riverbend,
)
from sites_plain import folha_onibus, lefigaro_chambord, medium_postgres, reuters_nickel  # noqa: E402

Site = Callable[[Fx, bool], Page]

# slug, language, page builder, has a history
SITES: list[tuple[str, str, Site, bool]] = [
    ("wordpress-riverbend-water", "en", wordpress_riverbend, True),
    ("nyt-school-week", "en", nyt_school_week, False),
    ("ap-wildfire-ventura", "en", ap_wildfire, False),
    ("spiegel-stromausfall", "de", spiegel_stromausfall, True),
    ("lemonde-incendie-entrepot", "fr", lemonde_incendie, True),
    ("corriere-a1-neve", "it", corriere_neve, False),
    ("elpais-atapuerca", "es", elpais_atapuerca, False),
    ("publico-sismo-lisboa", "pt", publico_sismo, True),
    ("bbc-live-storm-scotland", "en", bbc_storm, True),
    ("verge-live-pixelforge", "en", verge_event, True),
    ("tagesschau-liveblog-island", "de", tagesschau_island, True),
    ("zeit-liveblog-parteitag", "de", zeit_parteitag, False),
    ("franceinfo-direct-maree-noire", "fr", franceinfo_maree, True),
    ("ouestfrance-direct-incendie-rennes", "fr", ouestfrance_incendie, False),
    ("lastampa-diretta-deposito", "it", lastampa_deposito, True),
    ("rtve-directo-rescate-cueva", "es", rtve_cueva, True),
    ("reuters-nickel", "en", reuters_nickel, False),
    ("lefigaro-chambord", "fr", lefigaro_chambord, False),
    ("folha-onibus-eletricos", "pt", folha_onibus, False),
    ("medium-rails-postgres", "en", medium_postgres, False),
]
FETCHES = 7

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\xa0": " "})


def norm(text: str) -> str:
    """The scorer's normalisation (bench/blind_eval.py)."""
    text = unicodedata.normalize("NFC", text).translate(_QUOTES).lower()
    return " ".join(text.split())


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"script", "style", "title", "head"}:
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style", "title", "head"}:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def visible(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return norm(" ".join(parser.parts))


def check(page: Page) -> None:
    """Fail loudly when the truth does not describe the page."""
    text = visible(page.html)
    truth = page.truth()
    problems: list[str] = []
    for block in page.blocks:
        t = block.truth()
        for key in ("first_words", "alt_words"):
            if t.get(key) and norm(" ".join(str(t[key]).split()[:5])) not in text:
                problems.append(f"{key} not on page: {t[key]!r}")
        if block.label and norm(block.label) not in text:
            problems.append(f"label not on page: {block.label!r}")
    for key in ("body_first", "body_last"):
        if norm(str(truth[key])) not in text:
            problems.append(f"{key} not on page: {truth[key]!r}")
    content = [norm(plain(p)) for p in page.body] + [norm(b.all_text()) for b in page.blocks]
    for line in page.furniture:
        if norm(line) not in text:
            problems.append(f"furniture not on page: {line!r}")
        if any(norm(line) in c for c in content):
            problems.append(f"furniture inside content: {line!r}")
    if problems:
        raise SystemExit(f"{page.slug}: " + "; ".join(problems))


def dump(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main() -> None:
    pages_dir = HERE / "pages"
    hist_dir = HERE / "histories"
    pages_dir.mkdir(exist_ok=True)
    hist_dir.mkdir(exist_ok=True)
    for slug, lang, site, history in SITES:
        page = site(Fx(slug, lang, 0), False)
        assert page.slug == slug and page.lang == lang, slug
        check(page)
        (pages_dir / f"{slug}.html").write_text(page.html, "utf-8")
        (pages_dir / f"{slug}.json").write_text(dump(page.truth()), "utf-8")
        if not history:
            continue
        assert page.genuine is not None, slug
        folder = hist_dir / slug
        folder.mkdir(exist_ok=True)
        key = norm(words(page.genuine.truth()["first_words"] or "", 5))
        texts = []
        for number in range(FETCHES):
            genuine = number == FETCHES - 1
            fetch = site(Fx(slug, lang, number), genuine)
            check(fetch)
            texts.append(fetch.html)
            assert (key in visible(fetch.html)) == genuine, (slug, number)
            (folder / f"fetch-{number}.html").write_text(fetch.html, "utf-8")
        assert texts[0] == page.html, slug
        assert len(set(texts)) == FETCHES, f"{slug}: some fetches are identical"
        meta = {"genuine_block": page.genuine.truth(), "noise_fetches": FETCHES - 1}
        (folder / "truth.json").write_text(dump(meta), "utf-8")
    print(f"wrote {len(SITES)} pages and {sum(h for *_, h in SITES)} histories to {HERE}")


if __name__ == "__main__":
    main()
