"""Main-text extraction on a second held-out set: the article pages newspaper4k ships as tests.

.venv/bin/python bench/extract_newspaper4k.py [--sdist PATH] [--cache DIR] [--aeb PATH]

The newspaper4k 0.9.6 sdist on PyPI holds real news pages (``tests/data/html/*.html``) and the
text newspaper4k expects from each (``tests/data/txt/*.txt``). This script downloads that exact
sdist with pip into ``~/.cache/monitor-bench/`` unless it is there already, checks its sha256,
and reads the pages straight from the tarball: none of their data is kept in this repository
(it is another project's data). Pages pair with expected texts by file stem; an html without a
txt is skipped and listed. Each page goes through ``extract_article`` (with its URL from
newspaper4k's ``tests/data/metadata/<stem>.json`` when there is one, else a dummy https URL) and
its text is built as ``bench/extract_public.py`` builds it (body and update-block paragraphs in
page order; its functions are imported, not copied).

Scoring is the Article Extraction Benchmark's (``../shared/aeb/evaluate.py``): its tokens
(``\\w+``), its 4-token shingles, its per-page TP/FP/FN normalised to sum 1, its precision and
recall per page, and its overall figure (F1 of the mean precision and the mean recall). Printed
beside it: the mean of the per-page F1s, micro figures (raw shingle counts summed over pages)
and the same with single tokens (bag of tokens). Pages whose expected text is mostly Chinese,
Japanese, Thai, Burmese (or Lao, Khmer) have no spaces between words, where ``\\w+`` takes a
whole clause for one token; they are scored by characters (letters, marks and digits, 4-character
shingles) and reported as a group of their own.

CAVEAT: the expected texts are newspaper4k's own outputs on these pages, kept as regression
fixtures, not human ground truth. They carry newspaper4k's choices (an image file name or the
title kept as a line, a paywalled story's teaser, a lede left out); a low score can be the
fixture's fault as much as ours. Read the figures as agreement with newspaper4k.

This set is held out: nothing in ``monitor/`` is tuned on it. Look at the failures; do not fix
them against these pages.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import subprocess
import sys
import tarfile
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from extract_public import DEFAULT_AEB, PageResult, run_page  # noqa: E402

VERSION = "0.9.6"
SDIST = f"newspaper4k-{VERSION}.tar.gz"
SDIST_SHA256 = "a3f2f0e017dddb6f1019ee77aaa8980e13e6ecea0b949abc7167aae4770d2d0e"
DEFAULT_CACHE = Path.home() / ".cache" / "monitor-bench"
DATA = f"newspaper4k-{VERSION}/tests/data"
SHINGLE = 4  # the AEB scorer's n-gram size

# Scripts written without spaces between words: scored by characters.
UNSPACED = (
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
)

Counts = tuple[float, float, float]


@dataclass(frozen=True, slots=True)
class Page:
    stem: str
    html: str
    expected: str
    url: str
    same_html_as: str | None


@dataclass(frozen=True, slots=True)
class Scored:
    page: Page
    result: PageResult
    by_chars: bool
    raw: Counts  # shingle TP, FP, FN before normalisation
    norm: Counts  # as the scorer keeps them: normalised to sum 1
    raw_tokens: Counts  # the same with single tokens (bag of tokens)
    norm_tokens: Counts
    expected_tokens: int
    extracted_tokens: int

    @property
    def f1(self) -> float:
        return f1_of(*self.norm)


def sdist_path(cache: Path, given: Path | None) -> Path:
    """The sdist, downloaded with pip into ``cache`` unless given or cached; sha256 checked."""
    path = given or cache / SDIST
    if given is None and not path.exists():
        cache.mkdir(parents=True, exist_ok=True)
        pip = [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:"]
        subprocess.run([*pip, "--quiet", f"newspaper4k=={VERSION}", "-d", str(cache)], check=True)
    if not path.exists():
        sys.exit(f"no sdist at {path}")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != SDIST_SHA256:
        sys.exit(f"{path}: sha256 {digest}, expected {SDIST_SHA256}; delete it and run again")
    return path


def read_pages(sdist: Path) -> tuple[list[Page], list[str], list[str]]:
    """Pages paired by stem, the html stems without a txt, the txt stems without an html."""
    files: dict[str, dict[str, bytes]] = {"html": {}, "txt": {}, "metadata": {}}
    with tarfile.open(sdist, "r:gz") as tar:
        for member in tar.getmembers():
            path = PurePosixPath(member.name)
            kind = path.parent.name
            if not member.isfile() or str(path.parent.parent) != DATA or kind not in files:
                continue
            handle = tar.extractfile(member)
            assert handle is not None
            files[kind][path.stem] = handle.read()
    html, txt = files["html"], files["txt"]
    first_with: dict[bytes, str] = {}
    pages = []
    for stem in sorted(set(html) & set(txt)):
        url = f"https://newspaper4k.invalid/{stem}"
        if stem in files["metadata"]:
            url = json.loads(files["metadata"][stem]).get("url") or url
        same = first_with.setdefault(html[stem], stem)
        pages.append(
            Page(
                stem,
                html[stem].decode("utf-8", errors="replace"),
                txt[stem].decode("utf-8", errors="replace"),
                url,
                None if same == stem else same,
            )
        )
    return pages, sorted(set(html) - set(txt)), sorted(set(txt) - set(html))


def unspaced(text: str) -> bool:
    """Whether most letters of ``text`` belong to scripts written without spaces."""
    letters = [ord(c) for c in text if c.isalpha()]
    inside = sum(any(lo <= c <= hi for lo, hi in UNSPACED) for c in letters)
    return bool(letters) and inside / len(letters) >= 0.5


def char_tokens(text: str) -> list[str]:
    """Letters, combining marks and digits, one token each."""
    return [c for c in text if unicodedata.category(c)[0] in "LMN"]


def shingle_counts(true: Sequence[str], pred: Sequence[str], n: int) -> Counts:
    """Raw TP, FP, FN over ``n``-token shingles, as the scorer's string_shingle_matching counts
    them before it normalises (its _ngrams: one short shingle when there are fewer tokens)."""

    def shingles(tokens: Sequence[str]) -> Counter[tuple[str, ...]]:
        grams = (tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)))
        return Counter(g for g in grams if g)

    t, p = shingles(true), shingles(pred)
    tp = sum((t & p).values())
    return float(tp), float(sum(p.values()) - tp), float(sum(t.values()) - tp)


def normalised(counts: Counts) -> Counts:
    total = sum(counts)
    return counts if total == 0 else (counts[0] / total, counts[1] / total, counts[2] / total)


def f1_of(tp: float, fp: float, fn: float) -> float:
    from evaluate import precision_score, recall_score

    precision, recall = precision_score(tp, fp, fn), recall_score(tp, fp, fn)
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def score_page(page: Page, result: PageResult) -> Scored:
    from evaluate import _tokenize, string_shingle_matching

    by_chars = unspaced(page.expected)
    tokenize = char_tokens if by_chars else _tokenize
    true, pred = tokenize(page.expected), tokenize(result.text)
    raw = shingle_counts(true, pred, SHINGLE)
    if not by_chars:  # the counts above are the scorer's own, to the last digit
        theirs = string_shingle_matching(true=page.expected, pred=result.text)
        assert all(abs(a - b) < 1e-12 for a, b in zip(normalised(raw), theirs, strict=True))
    raw_tokens = shingle_counts(true, pred, 1)
    return Scored(
        page,
        result,
        by_chars,
        raw,
        normalised(raw),
        raw_tokens,
        normalised(raw_tokens),
        len(true),
        len(pred),
    )


def group_figures(scored: list[Scored], tokens: bool) -> str:
    """The scorer's F1/P/R (of the mean P and R), the mean per-page F1, and micro F1/P/R."""
    from evaluate import metrics_from_tp_fp_fns

    norms = [s.norm_tokens if tokens else s.norm for s in scored]
    raws = [s.raw_tokens if tokens else s.raw for s in scored]
    m = metrics_from_tp_fp_fns(norms)
    mean_f1 = statistics.mean(f1_of(*c) for c in norms)
    tp, fp, fn = (sum(c[i] for c in raws) for i in range(3))
    micro_p = tp / (tp + fp) if tp + fp else 0.0
    micro_r = tp / (tp + fn) if tp + fn else 0.0
    micro_f1 = 2 * micro_p * micro_r / (micro_p + micro_r) if micro_p + micro_r else 0.0
    return (
        f"scorer F1 {m['f1']:.3f}  P {m['precision']:.3f}  R {m['recall']:.3f}  |  "
        f"mean page F1 {mean_f1:.3f}  |  "
        f"micro F1 {micro_f1:.3f}  P {micro_p:.3f}  R {micro_r:.3f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sdist", type=Path, help=f"a local {SDIST} (sha256 checked)")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--aeb", type=Path, default=DEFAULT_AEB, help="for its evaluate.py")
    args = parser.parse_args()
    if not (args.aeb / "evaluate.py").exists():
        sys.exit(f"no AEB scorer at {args.aeb}/evaluate.py: pass --aeb PATH")
    sys.path.insert(0, str(args.aeb))
    sdist = sdist_path(args.cache, args.sdist)
    pages, skipped, txt_only = read_pages(sdist)

    scored = [score_page(p, run_page(p.stem, p.html, p.url)) for p in pages]
    groups = {
        "spaced scripts, by \\w+ tokens": [s for s in scored if not s.by_chars],
        "CJK/Thai/Burmese, by characters": [s for s in scored if s.by_chars],
        "all pages, each in its unit": scored,
    }

    print(f"newspaper4k {VERSION} test pages ({sdist}, sha256 ok)")
    print(
        "CAVEAT: expected texts are newspaper4k's own outputs (its regression fixtures),\n"
        "not human ground truth: the figures measure agreement with newspaper4k.\n"
    )
    print(f"pages: {len(pages)} paired by stem")
    print(f"skipped, html without txt ({len(skipped)}): {', '.join(skipped)}")
    print(f"txt without html, not scorable ({len(txt_only)}): {', '.join(txt_only)}")
    for p in pages:
        if p.same_html_as:
            print(f"same html as {p.same_html_as}: {p.stem} (its txt differs; both scored)")

    for tokens in (False, True):
        unit = "bag of tokens (1-grams)" if tokens else f"{SHINGLE}-token shingles (AEB scorer)"
        print(f"\n{unit}:")
        for name, members in groups.items():
            if members:
                line = group_figures(members, tokens)
                print(f"  {name:<32} pages {len(members):>2}  {line}")

    failed = [s for s in scored if s.result.error or not s.result.text.strip()]
    print(f"\nerrors or no text: {len(failed)}")
    for s in failed:
        print(f"  {s.page.stem}: {s.result.error or 'no text'}")

    print("\nper page, worst first (F1 P R on shingles; tokens expected/extracted; url):")
    from evaluate import precision_score, recall_score

    for s in sorted(scored, key=lambda s: (s.f1, s.page.stem)):
        unit = "chars" if s.by_chars else "words"
        print(
            f"  {s.f1:.3f}  P {precision_score(*s.norm):.3f}  R {recall_score(*s.norm):.3f}  "
            f"{unit} {s.expected_tokens:>5}/{s.extracted_tokens:<5}  {s.page.stem:<20} "
            f"{s.page.url[:70]}"
        )

    times = sorted(s.result.seconds * 1000 for s in scored)
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    median = statistics.median(times)
    print(f"\nextraction per page (CPU, parse included): median {median:.1f} ms, p95 {p95:.1f} ms")


if __name__ == "__main__":
    main()
