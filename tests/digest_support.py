"""Hand-built ArticleHistory values for the digest and feed tests.

The seed story (The War Zone, 3 Jan 2020: the Soleimani strike, "(Updated)") in five revisions:
v1 the original article; v2 the "(Updated)" headline and the 3:30pm update; v3 6:15pm; v4 6:35pm
(the Taji convoy claim); v5 7:10pm, which disputes the 6:35pm claim. Built by hand rather than
through extract/diff/classify so these tests pin the digest alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from monitor._jsonio import stable_hash
from monitor.model import (
    Article,
    ArticleHistory,
    BlockKind,
    BlockRef,
    Change,
    ChangeKind,
    Retraction,
    RetractionReason,
    Revision,
    StruckSpan,
    UpdateBlock,
)

EASTERN = ZoneInfo("America/New_York")
SEED_URL = (
    "https://www.thedrive.com/the-war-zone/31707/new-details-about-strike-on-top-iranian-commander"
)
TITLE = (
    "New Details About Strike On Top Iranian Commander Emerge As Americans Are Told To Flee Iraq"
)
GENERATED_AT = datetime(2020, 1, 4, 0, 30, tzinfo=UTC)

BODY = (
    "U.S. Secretary of State Mike Pompeo has said that Qasem Soleimani, commander of Iran's Quds "
    'Force, posed an "imminent" threat and that a drone strike that killed him and the other '
    'occupants of two SUVs outside of Baghdad International Airport in Iraq "saved American lives."',
    "A drone under the control of the Joint Special Operations Command, reportedly an MQ-9 Reaper, "
    "carried out the mission.",
    "In the meantime, Iran and its proxies in Iraq seem to be immediately focused on burying their "
    "dead, but it seems hard to see how de-escalation will be on their minds in the near term.",
)

CLAIM_635 = (
    "It is very possible that details about this incident will change soon, but Shubl al-Zaidi, "
    "commander of Kataib Imam Ali, another Iranian-backed militia under the PMF umbrella, was "
    "reportedly riding in one of the vehicles."
)
EVIDENCE_710 = (
    "Some sources say Shubl al-Zaidi is in Lebanon and Hamid al-Jazaeri has released an audio "
    "recording denying his death."
)


def eastern(hour: int, minute: int) -> datetime:
    return datetime(2020, 1, 3, hour, minute, tzinfo=EASTERN)


def update_block(hour: int, minute: int, raw: str, *paragraphs: str) -> UpdateBlock:
    stamp = eastern(hour, minute)
    return UpdateBlock(
        id=f"update-{stamp.isoformat()}",
        kind=BlockKind.UPDATE,
        label=f"UPDATE: {raw}—",
        paragraphs=paragraphs,
        timestamp=stamp,
        timestamp_raw=raw,
    )


def ref(block: UpdateBlock) -> BlockRef:
    return BlockRef(id=block.id, kind=block.kind, label=block.label, timestamp=block.timestamp)


def added(block: UpdateBlock) -> Change:
    return Change(kind=ChangeKind.UPDATE_ADDED, block=ref(block), text=block.text)


def revision(
    number: int,
    fetched_at: datetime,
    article: Article,
    changes: Sequence[Change] = (),
    retractions: Sequence[Retraction] = (),
) -> Revision:
    return Revision(
        number=number,
        fetched_at=fetched_at,
        content_hash=stable_hash(article),
        article=article,
        changes=tuple(changes),
        retractions=tuple(retractions),
    )


U1530 = update_block(
    15,
    30,
    "3:30pm EST",
    "President Trump has now said that he does not seek war with Iran or regime change in Tehran, "
    "but has also threatened to conduct more strikes against Iranian interests, if necessary, "
    'saying that other targets are "identified" already.',
    "The U.S. State Department has now designated the Iraqi militant group Asa’ib Ahl al-Haq as a "
    "terrorist group, as well.",
)
U1815 = update_block(
    18,
    15,
    "6:15pm EST",
    "U.S. National Security Advisor Robert O'Brien has now told reporters that the United States "
    "chose to strike Soleimani because he was planning attacks on U.S. military and diplomatic "
    "personnel, but declined to offer any specifics.",
)
U1835 = update_block(
    18,
    35,
    "6:35pm EST",
    "There are unconfirmed reports emerging now of an apparent airstrike against another small "
    "convoy carrying Popular Mobilization Forces members near Taji, Iraq, north of Baghdad. "
    + CLAIM_635
    + " Hamid al-Jazaeri, deputy head of Saraya al-Khorasani, which has fought in both Iraq and "
    "Syria and has ties to the Quds Force, was also reported to have been in the convoy.",
)
U1910 = update_block(
    19,
    10,
    "7:10pm EST",
    "There are conflicting reports about who may have been riding in the convoy that was struck "
    "in Taji. " + EVIDENCE_710,
    "There are also separate, unconfirmed reports that a strike claimed the life of a top IRGC "
    "official in Yemen.",
)

WALK_BACK = Retraction(
    reason=RetractionReason.CONTRADICTION,
    update=ref(U1910),
    target=ref(U1835),
    claim=CLAIM_635,
    evidence=EVIDENCE_710,
    cue="conflicting reports; denying",
    score=0.9,
    entities=("Shubl al-Zaidi", "Hamid al-Jazaeri"),
)


def seed_history() -> ArticleHistory:
    """The five revisions of the seed story, oldest first."""
    updated = f"{TITLE} (Updated)"

    def article(title: str, *blocks: UpdateBlock) -> Article:
        return Article(title=title, paragraphs=BODY, blocks=blocks, is_live=bool(blocks))

    retitled = Change(
        kind=ChangeKind.TITLE_CHANGED, text=updated, previous_text=TITLE, labels=("headline_flag",)
    )
    revisions = (
        revision(1, datetime(2020, 1, 3, 19, 0, tzinfo=UTC), article(TITLE)),
        revision(
            2,
            datetime(2020, 1, 3, 20, 40, tzinfo=UTC),
            article(updated, U1530),
            [retitled, added(U1530)],
        ),
        revision(
            3,
            datetime(2020, 1, 3, 23, 20, tzinfo=UTC),
            article(updated, U1530, U1815),
            [added(U1815)],
        ),
        revision(
            4,
            datetime(2020, 1, 3, 23, 40, tzinfo=UTC),
            article(updated, U1530, U1815, U1835),
            [added(U1835)],
        ),
        revision(
            5,
            datetime(2020, 1, 4, 0, 15, tzinfo=UTC),
            article(updated, U1530, U1815, U1835, U1910),
            [added(U1910)],
            [WALK_BACK],
        ),
    )
    return ArticleHistory(article_id=1, url=SEED_URL, title=updated, revisions=revisions)


# ---------------------------------------------------------------------------------------------
# Hostile text: everything a page could smuggle into a terminal, a Markdown chat or an HTML/XML
# reader. Each renderer must neutralise all of it.

HOSTILE = (
    "Evil \x1b[31mred\x1b[0m "
    "\x1b]8;;http://evil.example/\x1b\\hyperlink\x1b]8;;\x1b\\ "
    "\x1b]0;pwned title\x07 "
    "nul\x00byte c1\x9b31mcsi "
    "\u202eesrever\u202c \u2066isolate\u2069 "
    "[click](javascript:alert(1)) <script>alert(1)</script> ]]> & AT&T"
)
# What must never come out of any renderer: escape sequences, C1 CSI, NUL, BEL, bidi controls.
CONTROLS = ("\x1b", "\x9b", "\x00", "\x07", "\u202e", "\u2066")


def hostile_history() -> ArticleHistory:
    """Two revisions whose every page-derived string is hostile, with every kind of event."""
    block_v1 = UpdateBlock(
        id="update-hostile",
        kind=BlockKind.UPDATE,
        label=f"UPDATE {HOSTILE}:",
        paragraphs=(f"First {HOSTILE}. Second sentence.",),
    )
    block_v2 = UpdateBlock(
        id="correction-hostile",
        kind=BlockKind.CORRECTION,
        label=f"Correction {HOSTILE}",
        paragraphs=(f"We erred {HOSTILE}.",),
        timestamp=eastern(19, 10),
        timestamp_raw=HOSTILE,
    )
    v1 = Article(title=f"Title {HOSTILE}", paragraphs=(f"Body {HOSTILE}",), blocks=(block_v1,))
    v2 = Article(
        title=f"Title {HOSTILE} (Updated)",
        paragraphs=(f"Body edited {HOSTILE}",),
        blocks=(block_v1, block_v2),
        struck=(StruckSpan(text=f"struck {HOSTILE}", block_id=None, paragraph=0),),
        language=f"en{HOSTILE}",
    )
    changes = (
        Change(ChangeKind.TITLE_CHANGED, text=v2.title, previous_text=v1.title),
        added(block_v2),
        Change(
            ChangeKind.PARAGRAPH_EDITED,
            text=v2.paragraphs[0],
            previous_text=v1.paragraphs[0],
            paragraph=0,
            previous_paragraph=0,
            silent=True,
            labels=(f"label {HOSTILE}",),
        ),
        Change(ChangeKind.UPDATE_EDITED, block=ref(block_v1), text="x", previous_text="y"),
    )
    retraction = Retraction(
        reason=RetractionReason.CORRECTION,
        update=ref(block_v2),
        target=ref(block_v1),
        claim=f"claim {HOSTILE}",
        evidence=f"evidence {HOSTILE}",
        cue=f"cue {HOSTILE}",
        entities=(f"name {HOSTILE}",),
    )
    return ArticleHistory(
        article_id=666,
        url="https://example.test/evil?a=1&b=<x>",
        title=v2.title,
        revisions=(
            revision(1, datetime(2020, 1, 3, 23, 0, tzinfo=UTC), v1),
            revision(2, datetime(2020, 1, 4, 0, 20, tzinfo=UTC), v2, changes, [retraction]),
        ),
    )


# ---------------------------------------------------------------------------------------------
# One revision with one event of every tier, listed in the *wrong* order on purpose.


def every_tier_history() -> ArticleHistory:
    body_v1 = ("Two people were killed near Baghdad airport.", "The strike came at dawn.")
    body_v2 = (
        "At least 12 people were killed near Baghdad airport.",
        "The strike came at dawn .",
    )
    block = update_block(20, 0, "8:00pm EST", "Officials confirmed the toll.")
    v1 = Article(title=TITLE, paragraphs=body_v1, blocks=(U1835,))
    v2 = Article(title=f"{TITLE}!", paragraphs=body_v2, blocks=(U1835, block))
    cosmetic = [
        Change(
            ChangeKind.PARAGRAPH_EDITED,
            text=body_v2[1],
            previous_text=body_v1[1],
            paragraph=1,
            substantive=False,
        ),
        Change(ChangeKind.TITLE_CHANGED, text=v2.title, previous_text=v1.title, substantive=False),
    ]
    loud_edit = Change(
        ChangeKind.UPDATE_EDITED,
        block=ref(U1835),
        text=U1835.text.replace("Taji", "Tajji"),
        previous_text=U1835.text,
        labels=("name",),
    )
    silent_edit = Change(
        ChangeKind.PARAGRAPH_EDITED,
        text=body_v2[0],
        previous_text=body_v1[0],
        paragraph=0,
        previous_paragraph=0,
        silent=True,
        labels=("number",),
    )
    changes = [*cosmetic, loud_edit, added(block), silent_edit]
    return ArticleHistory(
        article_id=2,
        url="https://example.test/every-tier",
        title=TITLE,
        revisions=(
            revision(1, datetime(2020, 1, 4, 0, 0, tzinfo=UTC), v1),
            revision(2, datetime(2020, 1, 4, 1, 5, tzinfo=UTC), v2, changes, [WALK_BACK]),
        ),
    )
