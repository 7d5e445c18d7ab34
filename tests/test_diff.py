"""diff_articles / word_diff: named changes, in reading order, nothing lost or double-counted."""

from __future__ import annotations

import dataclasses
import re
import unicodedata

from diff_support import BLOCK_1835, BLOCK_1910, BODY, seed_version, update
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.diff import diff_articles, word_diff
from monitor.diff.align import Op, _hunks, _myers, _one_hunk, align_units
from monitor.diff.units import _QUOTES, fold, split_sentences
from monitor.model import Article, BlockKind, ChangeKind, StruckSpan


def kinds(changes: tuple[object, ...]) -> list[ChangeKind]:
    return [c.kind for c in changes]  # type: ignore[attr-defined]


def test_seed_710_update_is_the_only_change() -> None:
    changes = diff_articles(seed_version(3), seed_version(4))
    assert kinds(changes) == [ChangeKind.UPDATE_ADDED]
    (added,) = changes
    assert added.block is not None
    assert added.block.id == "update-2020-01-03T19:10:00-05:00"
    assert added.block.label == "UPDATE: 7:10pm EST—"
    assert added.text == BLOCK_1910.text


def test_identical_articles_have_no_changes() -> None:
    assert diff_articles(seed_version(4), seed_version(4)) == ()


def test_of_two_paragraphs_that_swapped_places_the_shorter_moved() -> None:
    # Either could be called the one that moved; a short line hopping over a paragraph of the
    # story is what furniture does, so the story paragraph stays in place.
    short = "Clothes swap at the library, last Saturday of the month."
    old = seed_version(0)
    before = dataclasses.replace(old, paragraphs=(BODY[0], short, BODY[1], BODY[2]))
    after = dataclasses.replace(old, paragraphs=(BODY[0], BODY[1], short, BODY[2]))
    (move,) = diff_articles(before, after)
    assert (move.kind, move.text) == (ChangeKind.PARAGRAPH_MOVED, short)
    (move,) = diff_articles(after, before)
    assert (move.kind, move.text) == (ChangeKind.PARAGRAPH_MOVED, short)


def test_moved_paragraph_is_a_move_only() -> None:
    old = seed_version(0)
    moved = (BODY[2], BODY[0], BODY[1], BODY[3])
    changes = diff_articles(old, dataclasses.replace(old, paragraphs=moved))
    assert kinds(changes) == [ChangeKind.PARAGRAPH_MOVED]
    (move,) = changes
    assert (move.previous_paragraph, move.paragraph, move.text) == (2, 0, BODY[2])


def test_body_edit_carries_both_texts_and_indices() -> None:
    old = seed_version(0)
    edited = BODY[1].replace("four other members", "five other members")
    new = dataclasses.replace(old, paragraphs=(BODY[0], edited, *BODY[2:]))
    (change,) = diff_articles(old, new)
    assert change.kind is ChangeKind.PARAGRAPH_EDITED
    assert change.block is None
    assert (change.previous_text, change.text) == (BODY[1], edited)
    assert (change.previous_paragraph, change.paragraph) == (1, 1)


def test_edit_inside_a_block_is_a_paragraph_change_with_the_block() -> None:
    old = seed_version(4)
    first_sentence = BLOCK_1835.paragraphs[0].split(". ")[0] + "."
    trimmed = dataclasses.replace(BLOCK_1835, paragraphs=(first_sentence,))
    new = dataclasses.replace(old, blocks=(*old.blocks[:2], trimmed, old.blocks[3]))
    (change,) = diff_articles(old, new)
    assert change.kind is ChangeKind.PARAGRAPH_EDITED
    assert change.block is not None and change.block.id == BLOCK_1835.id
    assert change.text == first_sentence


def test_stamp_typo_fix_is_a_marker_edit_not_remove_and_add() -> None:
    old = seed_version(4)
    wrong = dataclasses.replace(BLOCK_1835, id="update-6-53pm", label="UPDATE: 6:53pm EST—")
    before = dataclasses.replace(old, blocks=(*old.blocks[:2], wrong, old.blocks[3]))
    changes = diff_articles(before, old)
    assert kinds(changes) == [ChangeKind.UPDATE_EDITED]
    assert (changes[0].previous_text, changes[0].text) == (wrong.label, BLOCK_1835.label)


def test_removed_block_stays_in_page_position() -> None:
    old = seed_version(4)
    new = dataclasses.replace(old, title=old.title + "!", blocks=(*old.blocks[:2], BLOCK_1910))
    changes = diff_articles(old, new)
    assert kinds(changes) == [ChangeKind.TITLE_CHANGED, ChangeKind.UPDATE_REMOVED]
    assert changes[1].block is not None and changes[1].block.id == BLOCK_1835.id
    assert changes[1].previous_text == BLOCK_1835.text


def test_reordered_blocks_report_the_mover() -> None:
    old = seed_version(4)
    blocks = old.blocks
    new = dataclasses.replace(old, blocks=(blocks[3], blocks[0], blocks[1], blocks[2]))
    changes = diff_articles(old, new)
    assert kinds(changes) == [ChangeKind.UPDATE_MOVED]
    assert changes[0].block is not None and changes[0].block.id == BLOCK_1910.id


def test_output_order_title_blocks_body() -> None:
    old = seed_version(3)
    new = dataclasses.replace(
        seed_version(4), title="Changed", paragraphs=(*BODY, "A new closing paragraph here.")
    )
    assert kinds(diff_articles(old, new)) == [
        ChangeKind.TITLE_CHANGED,
        ChangeKind.UPDATE_ADDED,
        ChangeKind.PARAGRAPH_ADDED,
    ]


def test_new_strike_is_reported_once_in_its_block() -> None:
    old = seed_version(4)
    span = StruckSpan("was reportedly riding", BLOCK_1835.id, 0)
    new = dataclasses.replace(old, struck=(span,))
    changes = diff_articles(old, new)
    assert kinds(changes) == [ChangeKind.TEXT_STRUCK]
    assert changes[0].block is not None and changes[0].block.id == BLOCK_1835.id
    assert changes[0].text == "was reportedly riding"
    assert diff_articles(new, new) == ()


def test_word_diff_replaces_whole_words() -> None:
    ops = word_diff("near Baghdad airport.", "near Baghdad International Airport.")
    assert ops == [(0, "near Baghdad "), (-1, "airport"), (1, "International Airport"), (0, ".")]


def test_large_rewrite_is_bounded_and_accounted() -> None:
    old = [f"Paragraph {i} says item {i} happened at site {i}." for i in range(400)]
    new = [f"Paragraph {i} says item {i} happened at place {i * 7}." for i in range(400)]
    aligned = align_units(old, new)
    assert sorted(a.old for a in aligned if a.old is not None) == list(range(400))
    assert sorted(a.new for a in aligned if a.new is not None) == list(range(400))
    assert all(a.op is Op.EDITED for a in aligned)


# ---------------------------------------------------------------------------------------------
# Properties

WORDS = st.sampled_from(
    [
        "the",
        "convoy",
        "strike",
        "was",
        "near",
        "Taji",
        "Baghdad",
        "killed",
        "two",
        "12",
        "not",
        "reported",
    ]
)
PARAGRAPHS = st.lists(WORDS, min_size=1, max_size=8).map(" ".join)


@st.composite
def edited_pair(draw: st.DrawFn) -> tuple[list[str], list[str]]:
    old = draw(st.lists(PARAGRAPHS, max_size=8))
    new = list(old)
    for _ in range(draw(st.integers(0, 6))):
        action = draw(st.sampled_from(["add", "remove", "edit", "move"]))
        if action == "add" or not new:
            new.insert(draw(st.integers(0, len(new))), draw(PARAGRAPHS))
        elif action == "remove":
            new.pop(draw(st.integers(0, len(new) - 1)))
        elif action == "edit":
            index = draw(st.integers(0, len(new) - 1))
            new[index] = new[index] + " " + draw(WORDS)
        else:
            new.insert(
                draw(st.integers(0, len(new) - 1)), new.pop(draw(st.integers(0, len(new) - 1)))
            )
    return old, new


@given(st.lists(PARAGRAPHS, max_size=6), st.lists(PARAGRAPHS, max_size=3))
@settings(max_examples=60, deadline=None)
def test_an_article_never_differs_from_itself(body: list[str], block: list[str]) -> None:
    article = Article("T", tuple(body), (update(9, 0, block),) if block else ())
    assert diff_articles(article, article) == ()


@given(edited_pair())
@settings(max_examples=200, deadline=None)
def test_every_paragraph_is_accounted_for_exactly_once(pair: tuple[list[str], list[str]]) -> None:
    old, new = pair
    changes = diff_articles(Article("T", tuple(old)), Article("T", tuple(new)))
    old_seen = [c.previous_paragraph for c in changes if c.previous_paragraph is not None]
    new_seen = [c.paragraph for c in changes if c.paragraph is not None]
    assert len(old_seen) == len(set(old_seen)) and len(new_seen) == len(set(new_seen))
    for change in changes:
        if change.previous_paragraph is not None:
            assert change.previous_text == old[change.previous_paragraph]
        if change.paragraph is not None:
            assert change.text == new[change.paragraph]
    # What no change mentions is unchanged, and in the same order on both sides.
    kept_old = [p for i, p in enumerate(old) if i not in set(old_seen)]
    kept_new = [p for i, p in enumerate(new) if i not in set(new_seen)]
    assert kept_old == kept_new


@given(st.text(max_size=60), st.text(max_size=60))
@settings(max_examples=150, deadline=None)
def test_word_diff_rebuilds_both_texts(old: str, new: str) -> None:
    ops = word_diff(old, new)
    assert "".join(t for op, t in ops if op <= 0) == old
    assert "".join(t for op, t in ops if op >= 0) == new


def test_live_entry_kind_is_kept_on_block_refs() -> None:
    entry = update(9, 0, ["Live entry text."], kind=BlockKind.LIVE_ENTRY)
    changes = diff_articles(Article("T", ()), Article("T", (), (entry,)))
    assert changes[0].block is not None and changes[0].block.kind is BlockKind.LIVE_ENTRY


# The shortcuts taken for speed must give what the general path gives.

UNIT_SEQUENCES = st.lists(st.sampled_from("abc"), max_size=6)


@given(UNIT_SEQUENCES, st.data())
@settings(max_examples=200, deadline=None)
def test_one_edited_unit_aligns_as_the_myers_diff_does(old: list[str], data: st.DataObject) -> None:
    new = list(old)
    if old:
        new[data.draw(st.integers(0, len(old) - 1))] = data.draw(st.sampled_from("abcd"))
    shortcut = _one_hunk(old, new)
    assert (shortcut is not None) == (sum(a != b for a, b in zip(old, new, strict=True)) == 1)
    if shortcut is not None:
        assert shortcut == _hunks(_myers(old, new))


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
@settings(max_examples=300, deadline=None)
def test_fold_is_nfkc_straight_quotes_and_single_spaces(text: str) -> None:
    spec = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text).translate(_QUOTES)).strip()
    assert fold(text) == spec


# Abbreviations, initials, closing quotes and brackets, odd whitespace: where a split may go wrong.
SENTENCE_PIECES = (
    "Mr.",
    "U.S.",
    "W.",
    "rose.",
    "fell!",
    '"No."',
    "(Yes?)",
    "It",
    "9",
    "a",
    "\u00a0",
)


@given(st.lists(st.sampled_from(SENTENCE_PIECES), max_size=12))
@settings(max_examples=300, deadline=None)
def test_sentences_rebuild_the_paragraph(tokens: list[str]) -> None:
    text = " ".join(tokens)
    sentences = split_sentences(text)
    assert " ".join(sentences) == " ".join(text.split())
    assert all(s and s == s.strip() for s in sentences)
