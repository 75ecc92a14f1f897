"""A clause cut from a sentence dated in a past year keeps that year.

"The type has had one earlier engine fire: in 2024, an A-90 made an emergency landing
in Bellhaven, and three people were injured" counts the injured of 2024, though the
claim "three people were injured" cut from it writes no date: no level, rival or
update of the count of the story's own landing.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind

from .stories import story_facts, write_article

_LANDING = (
    "A Pelmar Air jet made an emergency landing at Ostrava Field on Tuesday after an engine fire."
)


def _two_reports(tmp_path: Path, first: str, second: str) -> None:
    write_article(tmp_path, "a.txt", "Harbour Post", "2026-04-14T15:40:00", f"{_LANDING} {first}")
    write_article(tmp_path, "b.txt", "Coastal Times", "2026-04-15T14:00:00", f"{_LANDING} {second}")


def _number_conflicts(tmp_path: Path) -> list[str]:
    return [
        c.detail
        for fact in story_facts(tmp_path)
        for c in fact.conflicts
        if c.kind is ConflictKind.NUMBER
    ]


def _together(tmp_path: Path, *words: str) -> bool:
    return any(
        all(any(w in s.text for s in fact.support) for w in words) for fact in story_facts(tmp_path)
    )


def test_a_clause_of_a_past_year_is_no_rival_of_the_story_count(tmp_path: Path) -> None:
    _two_reports(
        tmp_path,
        "Nine people were injured during the evacuation, a fire service spokeswoman said.",
        "The model has had one earlier engine fire: in 2024, a Varno Airways jet made an "
        "emergency landing in Bellhaven, and three people were injured.",
    )
    assert not _together(tmp_path, "Nine people", "three people")
    assert not _number_conflicts(tmp_path)


def test_a_dated_count_of_today_is_no_level_of_the_past_year(tmp_path: Path) -> None:
    _two_reports(
        tmp_path,
        "Nine people were injured on Tuesday during the evacuation, the fire service said.",
        "The model has had one earlier engine fire: in 2024, a Varno Airways jet made an "
        "emergency landing in Bellhaven, and three people were injured.",
    )
    assert not _together(tmp_path, "Nine people", "three people")


def test_counts_of_the_same_time_still_meet(tmp_path: Path) -> None:
    _two_reports(
        tmp_path,
        "Nine people were injured during the evacuation, a fire service spokeswoman said.",
        "The crew evacuated the jet on the runway, and three people were injured.",
    )
    assert "9 people vs 3 people" in _number_conflicts(tmp_path)
