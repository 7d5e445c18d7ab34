"""Fixtures for the diff and classify tests: the seed's update blocks, builders, the labelled set.

The 3:30, 6:15, 6:35 and 7:10 blocks are copied verbatim from the seed article
(/work/shared/seed/soleimani-strike-updated.txt); the body is abridged to four paragraphs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

from monitor.classify import classify_changes, find_retractions
from monitor.diff import diff_articles
from monitor.model import Article, BlockKind, Change, Retraction, RetractionReason, UpdateBlock

NEW_YORK = ZoneInfo("America/New_York")
LABELLED_PAIRS = Path(__file__).parent / "data" / "retractions.yaml"
# Pairs written later by other hands, all tuned on (see each file's header).
MORE_PAIRS = sorted((Path(__file__).parent / "data").glob("retractions_more*.yaml"))

TITLE = (
    "New Details About Strike On Top Iranian Commander Emerge As Americans Are Told To Flee Iraq"
    " (Updated)"
)
BODY = (
    "U.S. Secretary of State Mike Pompeo has said that Qasem Soleimani, commander of Iran's Quds"
    ' Force, posed an "imminent" threat and that a drone strike that killed him and the other'
    ' occupants of two SUVs outside of Baghdad International Airport in Iraq "saved American'
    ' lives."',
    "A drone under the control of the Joint Special Operations Command, reportedly an MQ-9"
    " Reaper, carried out the mission. The Iranian regime has now confirmed that Soleimani along"
    " with four other members of the country's powerful Islamic Revolutionary Guard Corps (IRGC),"
    " died in the strike.",
    "It's important to note that Abu Mahdi al Muhandis, Kata'ib Hezbollah's leader and the Deputy"
    " Chairman of the Popular Mobilization Committee, which oversees the PMF, was also killed in"
    " the U.S. drone strike, which has already prompted additional calls for revenge from"
    " Iranian-backed elements in Iraq.",
    "In the meantime, Iran and its proxies in Iraq seem to be immediately focused on burying their"
    " dead, but it seems hard to see how de-escalation will be on their minds in the near term.",
)
UPDATE_1530 = (
    'President Trump has now said that he does not seek war with Iran or regime change in Tehran, but has also threatened to conduct more strikes against Iranian interests, if necessary, saying that other targets are "identified" already.',
    "The U.S. State Department has now designated the Iraqi militant group Asa’ib Ahl al-Haq as a terrorist group, as well. Brothers Qays and Laith al-Khazali, who head the group, received their own designations.",
    "There are reports that Asa’ib Ahl al-Haq fighters are preparing for attacks on U.S. forces in Iraq now and that they believe American troops will be leaving the country soon.",
    "Elements of the U.S. Army's 173rd Airborne Brigade Combat Team, based in Italy, is also reportedly now on alert for a possible deployment to Lebanon in light of increase security concerns there.",
)
UPDATE_1815 = (
    "U.S. National Security Advisor Robert O'Brien has now told reporters that the United States chose to strike Soleimani because he was planning attacks on U.S. military and diplomatic personnel, but declined to offer any specifics.",
    "NBC News is reporting that the potential attacks were set to come against American interests in Lebanon and Syria and it remains unclear what information indicated that the threats were imminent.",
    'O\'Brien added that he hoped the Iraqi government would not choose to eject U.S. forces. The "U.S. has invested enormous amounts of blood and treasure in helping the Iraqi[s] build up a democracy," he said.',
)
UPDATE_1835 = (
    "There are unconfirmed reports emerging now of an apparent airstrike against another small convoy carrying Popular Mobilization Forces members near Taji, Iraq, north of Baghdad. It is very possible that details about this incident will change soon, but Shubl al-Zaidi, commander of Kataib Imam Ali, another Iranian-backed militia under the PMF umbrella, was reportedly riding in one of the vehicles. Hamid al-Jazaeri, deputy head of Saraya al-Khorasani, which has fought in both Iraq and Syria and has ties to the Quds Force, was also reported to have been in the convoy.",
)
UPDATE_1910 = (
    "There are conflicting reports about who may have been riding in the convoy that was struck in Taji. Some sources say Shubl al-Zaidi is in Lebanon and Hamid al-Jazaeri has released an audio recording denying his death.",
    "There are also separate, unconfirmed reports that a strike claimed the life of a top IRGC official in Yemen.",
)
CLAIM_1835_NAMES = (
    "It is very possible that details about this incident will change soon, but Shubl al-Zaidi, commander of Kataib Imam Ali, another Iranian-backed militia under the PMF umbrella, was reportedly riding in one of the vehicles.",
    "Hamid al-Jazaeri, deputy head of Saraya al-Khorasani, which has fought in both Iraq and Syria and has ties to the Quds Force, was also reported to have been in the convoy.",
)


def update(
    hour: int, minute: int, paragraphs: Sequence[str], kind: BlockKind = BlockKind.UPDATE
) -> UpdateBlock:
    """An UPDATE block stamped on 2020-01-03 at hour:minute New York time, with the seed's ids."""
    stamp = datetime(2020, 1, 3, hour, minute, tzinfo=NEW_YORK)
    clock = f"{(hour - 1) % 12 + 1}:{minute:02d}{'pm' if hour >= 12 else 'am'} EST"
    return UpdateBlock(
        id=f"{kind.value}-{stamp.isoformat()}",
        kind=kind,
        label=f"UPDATE: {clock}—",
        paragraphs=tuple(paragraphs),
        timestamp=stamp,
        timestamp_raw=clock,
    )


def note(block_id: str, kind: BlockKind, label: str, text: str) -> UpdateBlock:
    return UpdateBlock(id=block_id, kind=kind, label=label, paragraphs=(text,))


BLOCK_1530 = update(15, 30, UPDATE_1530)
BLOCK_1815 = update(18, 15, UPDATE_1815)
BLOCK_1835 = update(18, 35, UPDATE_1835)
BLOCK_1910 = update(19, 10, UPDATE_1910)


def seed_version(blocks: int) -> Article:
    """The seed after ``blocks`` updates (0: original; 4: through 7:10pm)."""
    all_blocks = (BLOCK_1530, BLOCK_1815, BLOCK_1835, BLOCK_1910)
    return Article(title=TITLE, paragraphs=BODY, blocks=all_blocks[:blocks], is_live=True)


def pipeline(old: Article, new: Article) -> tuple[tuple[Change, ...], tuple[Retraction, ...]]:
    """diff → classify → find_retractions, as monitor.pipeline chains them."""
    changes = classify_changes(old, new, diff_articles(old, new))
    return changes, find_retractions(old, new, changes)


# ---------------------------------------------------------------------------------------------
# The labelled walk-back set


@dataclass(frozen=True, slots=True)
class Outcome:
    """One labelled pair replayed: was the later update linked to the earlier text, and how many
    walk-back links went to body text the pair does not name (a reader sees those as false)."""

    id: str
    label: bool
    predicted: bool
    split: str
    cue: str
    lang: str = "en"
    kind: str = ""
    stray_links: int = 0


def load_pairs(path: Path = LABELLED_PAIRS) -> list[dict[str, object]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return list(data["pairs"])


def _pair_articles(pair: dict[str, object]) -> tuple[Article, Article, UpdateBlock | None]:
    """Revision 1 holds ``earlier`` (an update block, or a body paragraph when ``earlier_in`` is
    body) beside the pair's ``body`` paragraphs; revision 2 appends ``later`` as a new block."""
    earlier, later = str(pair["earlier"]), str(pair["later"])
    listed = pair.get("body")
    body = tuple(str(p) for p in listed) if isinstance(listed, list) else ()
    in_body = pair.get("earlier_in") == "body"
    first = None if in_body else update(10, 0, (earlier,))
    blocks = () if first is None else (first,)
    paragraphs = (earlier, *body) if in_body else body
    old = Article(title="Live", paragraphs=paragraphs, blocks=blocks)
    new = Article(title="Live", paragraphs=paragraphs, blocks=(*blocks, update(11, 0, (later,))))
    return old, new, first


def judge_pair(pair: dict[str, object]) -> tuple[bool, str, int]:
    """Replay one pair through the real path. Returns whether the new block is linked to the
    earlier text as a contradiction, the cues of those links, and the stray links: contradiction
    links from the new block to any other text."""
    old, new, first = _pair_articles(pair)
    earlier = str(pair["earlier"])
    _, retractions = pipeline(old, new)
    contradictions = [r for r in retractions if r.reason is RetractionReason.CONTRADICTION]

    def aims_at_earlier(link: Retraction) -> bool:
        if first is not None:
            return link.target is not None and link.target.id == first.id
        return link.target is None and bool(link.claim) and link.claim in earlier

    links = [r for r in contradictions if aims_at_earlier(r)]
    return bool(links), ", ".join(r.cue for r in links), len(contradictions) - len(links)


def evaluate(pairs: Sequence[dict[str, object]]) -> list[Outcome]:
    outcomes = []
    for pair in pairs:
        predicted, cue, stray = judge_pair(pair)
        outcomes.append(
            Outcome(
                id=str(pair["id"]),
                label=bool(pair["label"]),
                predicted=predicted,
                split=str(pair.get("split", "tune")),
                cue=cue,
                lang=str(pair.get("lang", "en")),
                kind=str(pair.get("kind", "")),
                stray_links=stray,
            )
        )
    return outcomes


def precision_recall(outcomes: Sequence[Outcome]) -> tuple[float, float, float]:
    tp = sum(o.label and o.predicted for o in outcomes)
    fp = sum(o.predicted and not o.label for o in outcomes)
    fn = sum(o.label and not o.predicted for o in outcomes)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
