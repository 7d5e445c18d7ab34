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
    id: str
    label: bool
    predicted: bool
    split: str
    cue: str


def load_pairs(path: Path = LABELLED_PAIRS) -> list[dict[str, object]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return list(data["pairs"])


def judge_pair(earlier: str, later: str) -> tuple[bool, str]:
    """Replay one pair through the real path: is the new block linked as a contradiction?"""
    first = update(10, 0, (earlier,))
    second = update(11, 0, (later,))
    old = Article(title="Live", paragraphs=(), blocks=(first,))
    new = Article(title="Live", paragraphs=(), blocks=(first, second))
    _, retractions = pipeline(old, new)
    links = [
        r
        for r in retractions
        if r.reason is RetractionReason.CONTRADICTION
        and r.target is not None
        and r.target.id == first.id
    ]
    return bool(links), ", ".join(r.cue for r in links)


def evaluate(pairs: Sequence[dict[str, object]]) -> list[Outcome]:
    outcomes = []
    for pair in pairs:
        predicted, cue = judge_pair(str(pair["earlier"]), str(pair["later"]))
        outcomes.append(
            Outcome(
                str(pair["id"]), bool(pair["label"]), predicted, str(pair.get("split", "tune")), cue
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
