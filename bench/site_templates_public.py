"""Site templates on public pages: one site's promo line, learnt from the store or not.

.venv/bin/python bench/site_templates_public.py [--aeb PATH] [--pages N] [--rounds 6]

``noise_public.py`` serves each benchmark page as its own site, so nothing there is shared
between articles and site templates never come into play. Here the benchmark's pages are the
articles of one site (``https://aeb.invalid/<key>``), polled round after round into a real
store, and the site puts the same promo line into every article's body after its first story
paragraph, as plain ``<p>`` text that no extraction or rotation filter catches:

* ``reworded``: an ask whose wording the site changes every round, on every article at once;
* ``come-and-go``: a fixed line shown on even rounds and left out on odd ones;
* ``both``: the two, one after the other.

Each round's page goes through ``extract_article``, the reads a poll makes (``poll_state``,
``latest_article``, ``known_hashes``, ``pipeline.site_counts``), ``decide`` and
``Store.apply``, as ``poll_article`` does minus HTTP. The last round also adds one genuine
paragraph to every page, each article its own. Counted after the first round, with the store's site knowledge and with
it left out (``site_counts`` answering nothing): false revisions, false changes and false
walk-backs on the promo-only fetches, and in the last round the genuine paragraphs missed and
the changes and walk-backs reported beside them.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from noise_public import REAL_UPDATE, page_lang, story_ends  # noqa: E402

from monitor import pipeline  # noqa: E402
from monitor._jsonio import stable_hash  # noqa: E402
from monitor.config import ArticleConfig  # noqa: E402
from monitor.errors import ExtractError  # noqa: E402
from monitor.extract import extract_article  # noqa: E402
from monitor.model import Snapshot  # noqa: E402
from monitor.store import Store  # noqa: E402

T0 = datetime(2024, 3, 5, 9, 0, tzinfo=UTC)
ASKS = (
    "Our journalism depends on you — support us today",
    "Our journalism depends on you — support us this week",
    "Our journalism depends on readers like you — support us today",
    "Independent journalism depends on you — support us today",
)
FIXED = "Follow our newsroom on every platform for the latest from the region"


def reworded(round_: int) -> list[str]:
    return [ASKS[round_ % len(ASKS)]]


def come_and_go(round_: int) -> list[str]:
    return [FIXED] if round_ % 2 == 0 else []


def both(round_: int) -> list[str]:
    return reworded(round_) + come_and_go(round_)


STYLES: dict[str, Callable[[int], list[str]]] = {
    "reworded": reworded,
    "come-and-go": come_and_go,
    "both": both,
}


@dataclass(slots=True)
class Tally:
    articles: int = 0
    fetches: int = 0
    false_revisions: int = 0
    false_changes: int = 0
    false_walkbacks: int = 0
    real_missed: int = 0
    beside_real: int = 0  # changes or walk-backs other than the genuine paragraph, last round

    def line(self, name: str) -> str:
        return (
            f"{name:28s} articles {self.articles:3d}  promo-only fetches {self.fetches:4d}  "
            f"false revisions {self.false_revisions:4d}  false changes {self.false_changes:4d}  "
            f"false walk-backs {self.false_walkbacks:4d}  real missed {self.real_missed:3d}  "
            f"noise beside it {self.beside_real:3d}"
        )


def pages(aeb: Path, limit: int | None) -> list[tuple[str, str, int, str]]:
    """(key, html, where to inject, language) for each page with an article and a slot."""
    truth = json.loads((aeb / "ground-truth.json").read_text("utf-8"))
    found = []
    for index, key in enumerate(sorted(truth)):
        html = gzip.decompress((aeb / "html" / f"{key}.html.gz").read_bytes()).decode(
            "utf-8", errors="replace"
        )
        ends = story_ends(html)
        if len(ends) < 2:
            continue
        try:
            extract_article(html, url=f"https://aeb.invalid/{key}", fetched_at=T0)
        except ExtractError:
            continue
        found.append((key, html, ends[0], page_lang(html, index)))
        if limit is not None and len(found) >= limit:
            break
    return found


def fetch(html: str, at: int, lines: list[str], real: str | None) -> str:
    injected = "".join(f"<p>{line}</p>" for line in lines)
    if real is not None:
        injected += f"<p>{real}</p>"
    return html[:at] + injected + html[at:]


def run(
    site: list[tuple[str, str, int, str]], style: Callable[[int], list[str]], rounds: int
) -> Tally:
    tally = Tally(articles=len(site))
    clock = iter(range(1_000_000))
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "m.db") as store:
        for round_ in range(rounds):
            last = round_ == rounds - 1
            for key, html, at, lang in site:
                url = f"https://aeb.invalid/{key}"
                # Each article its own news: the same sentence on every article would be a template.
                real = f"{key}: {REAL_UPDATE[lang]}" if last else None
                page = fetch(html, at, style(round_), real)
                when = T0 + timedelta(seconds=next(clock))
                snapshot = Snapshot(url, url, when, 200, page.encode(), page, "utf-8", "text/html")
                article = extract_article(page, url=url, fetched_at=when)
                inputs = pipeline.PollInputs(store.poll_state(url))
                content_hash = stable_hash(article)
                state = inputs.state
                if state is not None and state.latest_hash != content_hash:
                    previous = store.latest_article(url)
                    inputs = pipeline.PollInputs(
                        state,
                        previous,
                        store.known_hashes(url),
                        pipeline.site_counts(store, url, previous, article, when),
                    )
                plan = pipeline.decide(
                    inputs, ArticleConfig(url=url), snapshot, article, now=when, jitter=0.5,
                    content_hash=content_hash,
                )  # fmt: skip
                store.apply(plan)
                if round_ == 0:
                    continue
                revision = plan.revision
                changes = revision.changes if revision else ()
                noise = [c for c in changes if real is None or real not in (c.text or "")]
                walkbacks = len(revision.retractions) if revision else 0
                if not last:
                    tally.fetches += 1
                    tally.false_revisions += revision is not None
                    tally.false_changes += len(noise)
                    tally.false_walkbacks += walkbacks
                    continue
                tally.beside_real += len(noise) + walkbacks
                if not any(real and real in (c.text or "") for c in changes):
                    tally.real_missed += 1
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--aeb", type=Path, default=ROOT.parent / "shared" / "aeb")
    parser.add_argument("--pages", type=int, default=None, help="only the first N usable pages")
    parser.add_argument("--rounds", type=int, default=6)
    args = parser.parse_args()
    site = pages(args.aeb, args.pages)
    learnt = pipeline.site_counts
    for name, style in STYLES.items():
        print(run(site, style, args.rounds).line(f"{name}, site templates"))
        pipeline.site_counts = lambda *args: {}
        try:
            print(run(site, style, args.rounds).line(f"{name}, without"))
        finally:
            pipeline.site_counts = learnt


if __name__ == "__main__":
    main()
