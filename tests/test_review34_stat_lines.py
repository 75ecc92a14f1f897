"""Figures of two people are two facts, and one person's standing total is one.

Two players' stat lines ("Keswick finished with 18 points and seven assists", "Dorrane
finished with 14 points and seven assists") have the shape of one count, but a closer
reading that joins one count never joins figures told of two people
(``align.grouping``). One named subject's running total given twice ("Keswick now has
1,406." and "now has 1,407 for her career") shares only the name and the verb, yet is
one count misreported (``reconcile.totals.one_holding``): one fact, with its conflict.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind

from .stories import fact_with, write_article

_OPENING_A = (
    "Marla Keswick scored 18 points on Saturday to break Drummond State's career "
    "scoring record in an 80-66 win over Pellham. "
)
_OPENING_B = (
    "Marla Keswick scored 18 points in Drummond State's 80-66 win over Pellham on "
    "Saturday and broke the school's career scoring record. "
)


def _two_reports(tmp_path: Path, first: str, second: str) -> None:
    write_article(tmp_path, "a.txt", "Valley Courier", "2026-02-07T22:00:00", _OPENING_A + first)
    write_article(tmp_path, "b.txt", "Northern Ledger", "2026-02-07T23:00:00", _OPENING_B + second)


def test_two_players_stat_lines_are_two_facts(tmp_path: Path) -> None:
    _two_reports(
        tmp_path,
        "Keswick finished with 18 points and seven assists.",
        "Ostrava beat Linden 71-60 and was led by Jana Dorrane. "
        "Dorrane finished with 14 points and seven assists.",
    )
    fact = fact_with(tmp_path, "Keswick finished with 18 points")
    assert not any("Dorrane finished" in s.text for s in fact.support)
    assert not fact.conflicts


def test_one_players_stat_line_told_twice_is_still_one_fact(tmp_path: Path) -> None:
    _two_reports(
        tmp_path,
        "Keswick finished with 18 points and seven assists.",
        "Keswick finished with 18 points and seven assists, her coach said.",
    )
    fact = fact_with(tmp_path, "Keswick finished with 18 points and seven assists.")
    assert len({s.article_id for s in fact.support}) == 2


def test_one_subjects_total_a_misreport_apart_is_one_fact_in_conflict(tmp_path: Path) -> None:
    _two_reports(
        tmp_path,
        "Keswick passed Anne Morrow, who ended her career in 1994 with 1,388 points. "
        "Keswick now has 1,406.",
        "She passed Anne Morrow, who ended her career in 1994 with 1,388 points. "
        "Keswick finished with 18 points and now has 1,407 for her career.",
    )
    fact = fact_with(tmp_path, "Keswick now has 1,406.")
    assert any("1,407" in s.text for s in fact.support)
    assert ConflictKind.NUMBER in {c.kind for c in fact.conflicts}


def test_totals_far_apart_stay_two_facts(tmp_path: Path) -> None:
    _two_reports(
        tmp_path,
        "Keswick passed Anne Morrow, who ended her career in 1994 with 1,388 points. "
        "Keswick now has 1,406.",
        "She passed Anne Morrow, who ended her career in 1994 with 1,388 points. "
        "Keswick finished with 18 points and now has 512 for the season.",
    )
    fact = fact_with(tmp_path, "Keswick now has 1,406.")
    assert not any("512" in s.text for s in fact.support)
    assert not fact.conflicts


def test_two_subjects_totals_stay_two_facts(tmp_path: Path) -> None:
    _two_reports(
        tmp_path,
        "Keswick now has 1,406.",
        "Ostrava beat Linden 71-60 and was led by Jana Dorrane. Dorrane now has 1,404.",
    )
    fact = fact_with(tmp_path, "Keswick now has 1,406.")
    assert not any("Dorrane" in s.text for s in fact.support)
    assert not fact.conflicts
