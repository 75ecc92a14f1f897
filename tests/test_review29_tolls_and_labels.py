"""A toll told in parts, a victim among several and numbered names meet other reports.

"Two women and one man died" is three dead, as "three people died" is; "a guard was
also killed" gives no toll to weigh against "killed four people"; "Week 14" names a
round of the season, it is no count.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind

from .stories import fact_with, write_article


def test_parts_of_a_toll_add_up_to_the_total_told_elsewhere(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Post",
        "2026-04-02T10:00:00",
        "Three people died when a fire swept through a textile mill in Orsk on Tuesday.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastal Times",
        "2026-04-02T10:30:00",
        "Two women and one man died in the fire at the textile mill in Orsk, police said.",
    )
    fact = fact_with(tmp_path, "Three people died")
    assert any("Two women and one man" in s.text for s in fact.support)
    assert ConflictKind.NUMBER not in {c.kind for c in fact.conflicts}


def test_one_victim_also_killed_is_no_toll_against_the_total(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Post",
        "2026-04-02T10:00:00",
        "A judge gave Dario Venn four life terms on Friday. He was convicted of killing "
        "four people, including a bailiff, in a shooting at the Orsk courthouse in 2019. "
        "A prison guard was also killed at the gate and a deputy the following week.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastal Times",
        "2026-04-02T10:30:00",
        "A judge on Friday sentenced Dario Venn, the man who killed four people in the "
        "Orsk courthouse escape, to life.",
    )
    fact = fact_with(tmp_path, "the man who killed four people")
    assert any("convicted of killing four people" in s.text for s in fact.support)
    assert ConflictKind.NUMBER not in {c.kind for c in fact.conflicts}


def test_a_numbered_week_is_no_count_against_a_pass_tally(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Post",
        "2026-04-02T10:00:00",
        "Closing in on a playoff place, Tomas Varnell completed 27-of-31 passes for 310 "
        "yards to lead the Otters over the Herons in Week 14.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastal Times",
        "2026-04-02T10:30:00",
        "Tomas Varnell completed 27 of 31 passes for 310 yards as the Otters beat the "
        "Herons 28-17.",
    )
    fact = fact_with(tmp_path, "27 of 31 passes")
    assert any("in Week 14" in s.text for s in fact.support)
    assert ConflictKind.NUMBER not in {c.kind for c in fact.conflicts}
