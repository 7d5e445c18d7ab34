"""Which of a poll's lines are the same line as one the article lost before (monitor.flicker)."""

from __future__ import annotations

import pytest

from monitor.flicker import same_lines, slot_label

PLAYING = "Now playing on Radio City: {}"


@pytest.mark.parametrize(
    ("line", "gone"),
    [
        # a notice re-stamped, a count that moved
        ("Bins will be collected a day late (updated 3:52 p.m.)", ["Bins will be collected a day late (updated 3:41 p.m.)"]),
        ("1,240 readers recommend this story", ["1,187 readers recommend this story"]),
        # a slot that has lost two wordings shows a third
        (PLAYING.format("Embrace – Ashes"), [PLAYING.format("Kaiser Chiefs – Ruby"), PLAYING.format("Pulp – Disco 2000")]),
        ("ER WAITS 12:04 p.m.: Queen's, 38 min", ["ER WAITS 11:53 a.m.: Castle, 47 min", "ER WAITS 11:41 a.m.: Kuakini, 20 min"]),
        # a line of a block that went
        ("The ferry will not sail tonight.", ["Ferries\n\nThe ferry will not sail tonight."]),
        # a label stamped with its clock, once one wording of it went: a reading as of then
        ("Ladesäulen, Stand 23.26 Uhr: Frei sind 2 von 2 am Markt in Anklam.", ["Ladesäulen, Stand 23.19 Uhr: Frei sind 0 von 2 an der Strandpromenade."]),
        ("BORNES DE RECHARGE – 18 h 39 : Libres : 1 sur 2 au quai.", ["BORNES DE RECHARGE – 18 h 08 : Libres : 0 sur 2 à l'hôtel de ville."]),
    ],
)  # fmt: skip
def test_the_same_line_in_another_wording(line: str, gone: list[str]) -> None:
    assert same_lines([line], gone) == {line}


@pytest.mark.parametrize(
    ("line", "gone"),
    [
        # other words, not only other figures
        ("Bins will be collected two days late", ["Bins will be collected a day late"]),
        # one wording lost under a label proves nothing: "He said: …" twice in a story
        ('He said: "We will rebuild the bridge."', ['He said: "Nobody was hurt."']),
        # a colon late in a sentence is no label
        ("The plane landed at 10:30 and then: nothing", ["The plane landed at 9:30: late"]),
        # a clock alone is no stamped label: the story's own timeline
        (
            "At 11.15pm: police left the building on the quay.",
            ["At 10.30pm: police arrived at the quay."],
        ),
        ("Sunday, 9.40pm: the bridge reopened.", ["Sunday, 8.05pm: the bridge closed."]),
    ],
)
def test_another_line(line: str, gone: list[str]) -> None:
    assert same_lines([line], gone) == frozenset()


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Info: Bins will be collected a day late.", "info"),
        ("À noter : La collecte est reportée.", "à noter"),
        ("Surf & tides: North Shore 12 to 19 feet", "surf & tides"),
        ("ER WAITS 11:53 a.m.: Castle Medical Center, 47 min", "er waits"),
        ("Ladesäulen, Stand 23.19 Uhr: Frei sind 0 von 2.", "ladesäulen, stand 0.0 uhr"),
        ("BORNES DE RECHARGE – 18 h 39 : 1 sur 2 au quai.", "bornes de recharge – 0 h 0"),
        ("In tribunale – Rinviato a febbraio il processo.", "in tribunale"),
        ("Aste giudiziarie – Negozio in corso Porta Mare, 40 mq.", "aste giudiziarie"),
        ("BAGHDAD (AP) — A car bomb exploded on Monday.", None),
        ("Seven people were hurt when the roof fell in.", None),
    ],
)
def test_the_label_a_line_opens_with(line: str, label: str | None) -> None:
    assert slot_label(line) == label
