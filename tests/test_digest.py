"""The change digest: what a reader sees, in what order, and that page text can do no harm."""

from __future__ import annotations

import json
import os
import re
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from digest_support import (
    CONTROLS,
    GENERATED_AT,
    HOSTILE,
    U1835,
    every_tier_history,
    hostile_history,
    seed_history,
)

from monitor._text import for_terminal
from monitor.classify import block_statuses
from monitor.digest import (
    RENDERERS,
    build_digest,
    render_article,
    render_diff,
    render_history,
    render_json,
    render_markdown,
    render_retractions,
    render_text,
)
from monitor.model import BlockStatus, ChangeKind

GOLDEN = Path(__file__).parent / "golden" / "digest"
SGR = re.compile(r"\x1b\[[0-9;]*m")  # the only escape sequences our colour output may contain


def assert_golden(actual: str, name: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDENS") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        return
    if not path.exists():
        pytest.fail(f"{path} is missing; run UPDATE_GOLDENS=1 pytest tests/test_digest.py")
    assert actual == path.read_text(encoding="utf-8"), (
        f"{path} differs; if intended, rerun with UPDATE_GOLDENS=1 and review git diff"
    )


def seed_digest(since: datetime | None = None):  # type: ignore[no-untyped-def]
    return build_digest([seed_history()], since=since, generated_at=GENERATED_AT)


# ---------------------------------------------------------------------------------------------
# The seed story


@pytest.mark.parametrize(
    ("name", "render"),
    [
        ("soleimani.txt", lambda d: render_text(d, color=False)),
        ("soleimani.md", render_markdown),
        ("soleimani.json", render_json),
    ],
)
def test_seed_story_renders_as_pinned(name: str, render) -> None:  # type: ignore[no-untyped-def]
    assert_golden(render(seed_digest()), name)


def test_seed_story_puts_the_walk_back_first_then_updates_newest_first() -> None:
    lines = render_text(seed_digest(), color=False, width=200).splitlines()
    events = [line for line in lines if line[:1] in "!+#~*·"]
    assert events[0] == "! DISPUTED  6:35pm EST → 7:10pm EST  v5"
    stamps = [line.split()[3] for line in events if line.startswith("+ NEW UPDATE")]
    assert stamps == ["7:10pm", "6:35pm", "6:15pm", "3:30pm"]
    assert events[-1].startswith("# HEADLINE  v2: ")
    assert "{+ (Updated)+}" in events[-1]


def test_seed_walk_back_shows_was_now_and_why() -> None:
    text = render_text(seed_digest(), color=False, width=300)
    assert "    was: “It is very possible" in text
    assert "    now: “Some sources say Shubl al-Zaidi is in Lebanon" in text
    why = next(line for line in text.splitlines() if line.startswith("    why: "))
    assert "shared names (2): Shubl al-Zaidi, Hamid al-Jazaeri" in why
    assert "cues: “conflicting reports”, “denying”" in why
    assert "earlier claim hedged (“possible”, “reportedly”)" in why


def test_new_update_line_shows_stamp_resolved_offset_and_first_sentence() -> None:
    text = render_text(seed_digest(), color=False, width=300)
    assert (
        "+ NEW UPDATE 6:15pm EST (18:15 −05:00): U.S. National Security Advisor Robert O'Brien "
        "has now told reporters that the United States chose to strike Soleimani because he was "
        "planning attacks on U.S. military and diplomatic personnel, but declined to offer any "
        "specifics.\n"
    ) in text
    assert "+ NEW UPDATE 6:35pm EST (18:35 −05:00) [DISPUTED]: " in text


def test_json_follows_the_documented_contract() -> None:
    document = json.loads(render_json(seed_digest()))
    assert document["schema_version"] == 1
    assert document["generated_at"] == "2020-01-04T00:30:00+00:00"
    assert document["since"] is None
    (article,) = document["articles"]
    assert set(article) == {"id", "url", "title", "revisions", "updates", "retractions"}
    assert [r["number"] for r in article["revisions"]] == [1, 2, 3, 4, 5]
    assert article["revisions"][1]["fetched_at"] == "2020-01-03T20:40:00+00:00"
    change = article["revisions"][1]["changes"][1]
    assert set(change) == {
        "kind",
        "block",
        "text",
        "previous_text",
        "substantive",
        "silent",
        "labels",
    }
    assert change["kind"] == "update_added"
    assert change["block"]["timestamp"] == "2020-01-03T15:30:00-05:00"
    assert [u["timestamp"][11:16] for u in article["updates"]] == [
        "15:30",
        "18:15",
        "18:35",
        "19:10",
    ]
    statuses = {u["timestamp"][11:16]: u["status"] for u in article["updates"]}
    assert statuses["18:35"] == "disputed"
    assert statuses["19:10"] == "active"
    (retraction,) = article["retractions"]
    assert retraction["revision"] == 5
    assert retraction["reason"] == "contradiction"
    assert retraction["target"]["label"] == "UPDATE: 6:35pm EST—"
    assert retraction["entities"] == ["Shubl al-Zaidi", "Hamid al-Jazaeri"]


def test_since_reports_only_later_revisions_and_names_the_previous_one() -> None:
    history = seed_history()
    digest = seed_digest(since=history.revisions[3].fetched_at)
    (article,) = digest.articles
    assert [r.number for r in article.revisions] == [5]
    assert [u.block.timestamp_raw for u in article.new_updates] == ["7:10pm EST"]
    assert not article.headline_changes
    assert len(article.retractions) == 1
    text = render_text(digest, color=False, width=200)
    assert "v5 (fetched 2020-01-04 00:15Z; prev v4 2020-01-03 23:40Z)" in text
    document = json.loads(render_json(digest))
    assert [r["number"] for r in document["articles"][0]["revisions"]] == [5]
    assert document["since"] == "2020-01-03T23:40:00+00:00"
    # Context still counts: all four blocks are listed, the 6:35 one disputed.
    assert len(document["articles"][0]["updates"]) == 4


# ---------------------------------------------------------------------------------------------
# Empty digests


def test_no_histories_tells_the_user_how_to_start() -> None:
    digest = build_digest([], since=None, generated_at=GENERATED_AT)
    assert render_text(digest, color=False) == (
        "No articles have been polled yet — run `monitor check`.\n"
    )
    assert render_markdown(digest).startswith("No articles have been polled yet")
    assert json.loads(render_json(digest))["articles"] == []


def test_nothing_new_since_says_since_when() -> None:
    digest = seed_digest(since=GENERATED_AT)
    assert digest.articles == ()
    assert render_text(digest, color=True) == "No changes since 2020-01-04 00:30Z.\n"
    document = json.loads(render_json(digest))
    assert document["articles"] == []
    assert document["since"] == "2020-01-04T00:30:00+00:00"


def test_a_first_revision_alone_is_reported_as_first_seen() -> None:
    history = seed_history()
    first = type(history)(history.article_id, history.url, history.title, history.revisions[:1])
    text = render_text(build_digest([first], since=None, generated_at=GENERATED_AT), color=False)
    assert text.splitlines()[-1] == "· first version saved (0 update blocks)"


# ---------------------------------------------------------------------------------------------
# Ordering


def test_sections_go_alerts_then_new_updates_then_headline_then_edits() -> None:
    digest = build_digest([every_tier_history()], since=None, generated_at=GENERATED_AT)
    (article,) = digest.articles
    assert [e.change.labels for e in article.silent_edits] == [("number",)]
    assert [e.change.kind for e in article.edits] == [ChangeKind.UPDATE_EDITED]
    assert len(article.cosmetic_edits) == 2
    assert article.headline_changes == ()  # the only headline change is cosmetic

    lines = render_text(digest, color=False, width=200).splitlines()
    markers = [line.split("  ")[0].split(" (")[0] for line in lines if line[:1] in "!~+*·"]
    assert [m.split(" ")[0] for m in markers] == ["!", "~", "+", "*", "·"]
    assert lines[-1].startswith("· 2 cosmetic edits")
    silent = next(line for line in lines if line.startswith("~ SILENT EDIT"))
    assert silent == "~ SILENT EDIT (no note from the outlet) in body ¶1 — number  v2"
    diff = lines[lines.index(silent) + 1]
    assert diff == "    [-Two-]{+At least 12+} people were killed near Baghdad airport."


def test_markdown_shows_word_diffs_as_strike_and_bold() -> None:
    digest = build_digest([every_tier_history()], since=None, generated_at=GENERATED_AT)
    lines = render_markdown(digest).splitlines()
    silent = next(line for line in lines if line.startswith("- **Silent edit**"))
    assert silent.endswith(": ~~Two~~ **At least 12** people were killed near Baghdad airport.")
    edit = next(line for line in lines if line.startswith("- **Edit**"))
    assert " members near ~~Taji~~ **Tajji**, Iraq, north of Baghdad." in edit
    assert lines[-1] == "- 2 cosmetic edits (not shown)"


def test_verbose_lists_cosmetic_edits_instead_of_counting_them() -> None:
    digest = build_digest([every_tier_history()], since=None, generated_at=GENERATED_AT)
    terse = render_text(digest, color=False, width=200)
    verbose = render_text(digest, color=False, width=200, verbose=True)
    assert "came at dawn" not in terse
    assert "· 2 cosmetic edits" in terse
    cosmetic = [line for line in verbose.splitlines() if line.startswith("· cosmetic ")]
    assert cosmetic[0] == "· cosmetic in body ¶2: The strike came at dawn{+ +}."
    assert cosmetic[1].startswith("· cosmetic in the headline: ")
    assert "cosmetic edits" not in verbose


def test_articles_are_ordered_newest_change_first() -> None:
    histories = [seed_history(), every_tier_history()]
    digest = build_digest(histories, since=None, generated_at=GENERATED_AT)
    assert [a.article_id for a in digest.articles] == [2, 1]  # every-tier changed at 01:05Z


# ---------------------------------------------------------------------------------------------
# Colour and layout


def test_colour_marks_deletions_red_and_insertions_green_without_markers() -> None:
    digest = build_digest([every_tier_history()], since=None, generated_at=GENERATED_AT)
    coloured = render_text(digest, color=True, width=200)
    assert "\x1b[31;9mTwo\x1b[0m" in coloured or "\x1b[9;31mTwo\x1b[0m" in coloured
    assert "\x1b[32mAt least 12\x1b[0m" in coloured
    assert "[-Two-]" not in coloured
    assert SGR.sub("", coloured).count("\n") == coloured.count("\n")


@pytest.mark.parametrize("width", [40, 72, 100])
def test_plain_text_wraps_to_width(width: int) -> None:
    text = render_text(seed_digest(), color=False, width=width)
    assert max(len(line) for line in text.splitlines()) <= width
    assert text.replace("\n", " ").count("NEW UPDATE") == 4


def test_renderers_registry_offers_every_format() -> None:
    digest = seed_digest()
    assert set(RENDERERS) == {"text", "markdown", "json"}
    assert RENDERERS["text"](digest) == render_text(digest, color=False)


# ---------------------------------------------------------------------------------------------
# Hostile page text


def hostile_outputs() -> dict[str, str]:
    history = hostile_history()
    digest = build_digest([history], since=None, generated_at=GENERATED_AT)
    old, new = history.revisions
    return {
        "text": render_text(digest, color=False, verbose=True),
        "color": SGR.sub("", render_text(digest, color=True, verbose=True)),
        "markdown": render_markdown(digest),
        "html": render_article(new.article, fmt="html"),
        "article-text": render_article(new.article, fmt="text"),
        "history": render_history(history),
        "diff": render_diff(old, new, new.changes, color=False, width=100),
        "diff-color": SGR.sub("", render_diff(old, new, new.changes, color=True, width=100)),
    }


@pytest.mark.parametrize("fmt", list(hostile_outputs()))
def test_hostile_text_is_neutralised(fmt: str) -> None:
    output = hostile_outputs()[fmt]
    for control in CONTROLS:
        assert control not in output, f"{control!r} survived into {fmt}"
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", output)
    assert "esrever" in output and "isolate" in output  # the text stays, only controls go
    assert "pwned title" not in output  # an OSC sequence goes whole, payload included
    if fmt in ("markdown", "html"):
        assert "<script>" not in output


def test_hostile_markdown_cannot_inject_links_or_tags() -> None:
    markdown = hostile_outputs()["markdown"]
    assert "[click](" not in markdown
    # Escaped brackets are enough: without "[" ... "](" no link or image can form.
    assert r"\[click\](javascript:alert(1))" in markdown
    assert "&lt;script&gt;" in markdown or r"\<script\>" in markdown


def test_hostile_html_is_escaped() -> None:
    html = hostile_outputs()["html"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "AT&amp;T" in html
    assert '<del title="struck by the publisher">struck Evil red' in html
    assert html.count("<script") == 0


def test_hostile_json_is_valid_and_carries_the_sanitised_text() -> None:
    history = hostile_history()
    digest = build_digest([history], since=None, generated_at=GENERATED_AT)
    output = render_json(digest)
    assert "\\u001b" not in output and "\x1b" not in output
    document = json.loads(output)
    (article,) = document["articles"]
    assert article["title"] == for_terminal(history.title)
    assert "<script>alert(1)</script>" in article["title"]  # JSON keeps markup: consumers escape
    (retraction,) = article["retractions"]
    assert retraction["entities"] == [for_terminal(f"name {HOSTILE}")]


# ---------------------------------------------------------------------------------------------
# Other renderers


def test_history_is_one_line_per_revision_with_counts() -> None:
    lines = render_history(seed_history()).splitlines()
    assert len(lines) == 6
    assert lines[1].startswith("v1   2020-01-03 19:00Z  first version")
    assert "1 headline changed, 1 update added" in lines[2]
    assert "1 retraction, 1 update added" in lines[5]


def test_article_text_shows_blocks_with_labels_and_resolved_stamps() -> None:
    text = render_article(seed_history().revisions[-1].article, fmt="text")
    assert "── UPDATE: 6:35pm EST— (2020-01-03 18:35 −05:00) ──" in text
    assert text.index("6:35pm") < text.index("7:10pm")


def test_diff_between_two_revisions_lists_every_change() -> None:
    history = every_tier_history()
    old, new = history.revisions
    text = render_diff(old, new, new.changes, color=False, width=200)
    assert text.splitlines()[0] == "v1 (2020-01-04 00:00Z) → v2 (2020-01-04 01:05Z): 5 changes"
    assert "* paragraph edited in body ¶1 — no note from the outlet — number" in text
    assert "near [-Taji-]{+Tajji+}, Iraq" in text
    assert "* headline changed (cosmetic)\n" in text


def test_statuses_mark_disputed_blocks_and_only_blocks_seen_so_far() -> None:
    history = seed_history()
    statuses = block_statuses(history.revisions)
    assert statuses[U1835.id] is BlockStatus.DISPUTED
    assert list(statuses.values()).count(BlockStatus.ACTIVE) == 3
    without_635 = history.revisions[:3]  # v1–v3: the 6:35 block not yet published
    assert U1835.id not in block_statuses(without_635)


def test_build_depends_only_on_its_arguments() -> None:
    histories = [seed_history(), every_tier_history()]
    later = GENERATED_AT + timedelta(days=1)
    first = build_digest(histories, since=None, generated_at=GENERATED_AT)
    again = build_digest(histories, since=None, generated_at=later)
    assert first.articles == again.articles
    assert json.loads(render_json(again))["generated_at"] == later.isoformat()
    assert render_json(first) == render_json(
        build_digest(histories, since=None, generated_at=GENERATED_AT)
    )


def test_documented_json_example_has_exactly_the_real_fields() -> None:
    doc = (Path(__file__).parents[1] / "docs" / "json-schema.md").read_text(encoding="utf-8")
    example = json.loads(re.search(r"```json\n(.*?)```", doc, re.DOTALL).group(1))  # type: ignore[union-attr]
    history = seed_history()
    real = json.loads(render_json(seed_digest(since=history.revisions[3].fetched_at)))

    def paths(value: object, prefix: str = "") -> set[str]:
        if isinstance(value, dict):
            return {f"{prefix}/{k}" for k in value} | {
                p for k, v in value.items() for p in paths(v, f"{prefix}/{k}")
            }
        if isinstance(value, list):
            return {p for item in value for p in paths(item, f"{prefix}[]")}
        return set()

    assert paths(example) == paths(real)
    assert example["since"] == real["since"]


def test_retractions_command_lists_only_walk_backs() -> None:
    histories = [seed_history(), every_tier_history()]
    flat = json.loads(render_retractions(histories, fmt="json"))
    assert [(r["article"]["id"], r["reason"], r["revision"]) for r in flat] == [
        (2, "contradiction", 2),
        (1, "contradiction", 5),
    ]
    assert set(flat[0]) == {
        "article",
        "update",
        "target",
        "reason",
        "cue",
        "evidence",
        "claim",
        "entities",
        "revision",
    }
    text = render_retractions(histories, fmt="text", color=False, width=200)
    assert text.count("! DISPUTED") == 2
    assert "NEW UPDATE" not in text and "cosmetic" not in text
    assert "**⚠ Disputed**" in render_retractions(histories, fmt="markdown")
    quiet = [every_tier_history().revisions[0]]
    nothing = [type(histories[1])(2, "https://example.test/q", "q", tuple(quiet))]
    assert render_retractions(nothing, fmt="text") == "No retractions found.\n"
    assert json.loads(render_retractions(nothing, fmt="json")) == []


def test_a_silent_removal_reported_as_a_retraction_is_said_once() -> None:
    from dataclasses import replace

    from digest_support import U1910, ref, revision

    from monitor.model import Change, Retraction, RetractionReason

    history = seed_history()
    v5 = history.revisions[-1]
    without_710 = replace(v5.article, blocks=v5.article.blocks[:-1])
    removal = Change(
        ChangeKind.UPDATE_REMOVED, block=ref(U1910), previous_text=U1910.text, silent=True
    )
    walked = Retraction(
        RetractionReason.REMOVED, None, ref(U1910), claim=U1910.text, evidence="", cue="removed"
    )
    v6 = revision(6, v5.fetched_at + timedelta(minutes=30), without_710, [removal], [walked])
    longer = replace(history, revisions=(*history.revisions, v6))
    (article,) = build_digest([longer], since=v5.fetched_at, generated_at=GENERATED_AT).articles
    assert [r.retraction.reason for r in article.retractions] == [RetractionReason.REMOVED]
    assert article.silent_edits == ()
    text = render_text(
        build_digest([longer], since=v5.fetched_at, generated_at=GENERATED_AT), color=False
    )
    assert "! REMOVED  7:10pm EST (no note from the outlet)  v6" in text
    assert {b.status for b in article.blocks if b.block.id == U1910.id} == {BlockStatus.REMOVED}
