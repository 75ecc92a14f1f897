"""Which dates two wordings of a fact are weighed on, and which figures are one reading.

A verb of being right before a date dates the thing it is said of ("the next meeting is
on June 10"), as a verb of scheduling does. A verb's bare form after "to" belongs to
another clause ("forced the jet to make an emergency landing"), so it names no act the
sentence dates. Figures of one measure for two calendar months are two readings.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind

from .stories import fact_with, story_facts, write_article


def _pair(tmp_path: Path, first: str, second: str) -> None:
    write_article(tmp_path, "a.txt", "Harbour Post", "2026-04-15T10:00:00", first)
    write_article(tmp_path, "b.txt", "Coastal Times", "2026-04-15T16:00:00", second)


def test_a_meeting_scheduled_and_a_meeting_on_another_day_conflict(tmp_path: Path) -> None:
    _pair(
        tmp_path,
        "The port board of Velm agreed new berthing fees on Tuesday. "
        "The board's next meeting is scheduled for June 17.",
        "Velm's port board approved higher berthing fees on Tuesday. "
        "The board's next meeting is on June 10.",
    )
    fact = fact_with(tmp_path, "scheduled for June 17")
    assert any("is on June 10" in s.text for s in fact.support)
    assert ConflictKind.DATE in {c.kind for c in fact.conflicts}


def test_readings_of_two_months_are_two_facts(tmp_path: Path) -> None:
    _pair(
        tmp_path,
        "The central bank of Ostria raised its key rate to 3.5 percent on Wednesday. "
        "Producer prices rose 4.2 percent in March from a year earlier, the statistics "
        "office said.",
        "Ostria's central bank lifted its key rate to 3.5 percent on Wednesday. "
        "Producer prices rose 4.9 percent in February from a year earlier.",
    )
    march = fact_with(tmp_path, "4.2 percent in March")
    assert not any("4.9 percent" in s.text for s in march.support)
    assert not {ConflictKind.NUMBER, ConflictKind.DATE} & {c.kind for c in march.conflicts}


def test_a_verb_after_to_is_no_act_the_sentence_dates(tmp_path: Path) -> None:
    _pair(
        tmp_path,
        "A Corvane Air jet made an emergency landing at Velm airport on Tuesday after a "
        "tyre burst.",
        "The transport ministry opened an inquiry on Wednesday into the burst tyre that "
        "forced a Corvane Air jet to make an emergency landing at Velm airport.",
    )
    for fact in story_facts(tmp_path):
        assert ConflictKind.DATE not in {c.kind for c in fact.conflicts}


def test_a_bare_light_verb_denies_no_stated_act(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Post",
        "2026-04-15T10:00:00",
        "The central bank of Ostria raised its key rate to 3.5 percent on Wednesday. "
        '"We are not done yet," Governor Pia Lund told reporters.',
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastal Times",
        "2026-04-16T16:00:00",
        "Ostria's central bank lifted its key rate to 3.5 percent on Wednesday. "
        "Governor Pia Lund said on Wednesday that the bank would do whatever it takes to "
        "bring inflation back to its target.",
    )
    for fact in story_facts(tmp_path):
        assert ConflictKind.NEGATION not in {c.kind for c in fact.conflicts}
