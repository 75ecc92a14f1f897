"""Two percentages of one measure a noun names are one fact, their figures weighed.

"turnout reached 93.87 percent in the election for 288 candidates, all of whom support
the president" and "turnout was almost 90%" tell one turnout; the clause the first adds
dilutes the words they share below the threshold, so the two figures were never
weighed. Percentages of two measures, or of one measure of two places, stay apart.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind

from .stories import fact_with, write_article


def _two_reports(tmp_path: Path, first: str, second: str) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Northern Wire",
        "2026-05-03T18:00:00",
        "Calvenia voted on Sunday in a parliamentary election. " + first,
    )
    write_article(
        tmp_path,
        "b.txt",
        "Lakeside Times",
        "2026-05-03T20:00:00",
        "The people of Calvenia have voted in a parliamentary election. " + second,
    )


def test_a_long_clause_does_not_part_two_turnouts(tmp_path: Path) -> None:
    _two_reports(
        tmp_path,
        "Officials said turnout reached 91.42 percent in the vote for 150 seats, all of "
        "whom back the policies of Governor Ilse Marrow in the northern province.",
        "The Electoral Board said that turnout was almost 85%.",
    )
    fact = fact_with(tmp_path, "turnout reached 91.42 percent")
    assert any("almost 85%" in s.text for s in fact.support)
    assert ConflictKind.NUMBER in {c.kind for c in fact.conflicts}


def test_one_rate_worded_two_ways_is_one_fact(tmp_path: Path) -> None:
    _two_reports(
        tmp_path,
        "The statistics office said the rate of unemployment stood at 6.9 percent in a "
        "month when factories across the northern valleys, which employ most of the "
        "region's workers, closed for repairs.",
        "The unemployment rate hit 7.4 percent, the ministry said.",
    )
    fact = fact_with(tmp_path, "stood at 6.9 percent")
    assert any("hit 7.4 percent" in s.text for s in fact.support)


def test_percentages_of_two_measures_stay_apart(tmp_path: Path) -> None:
    _two_reports(
        tmp_path,
        "Officials said turnout reached 91.42 percent in the vote for 150 seats, all of "
        "whom back the policies of Governor Ilse Marrow in the northern province.",
        "The Electoral Board said that inflation was almost 85%.",
    )
    fact = fact_with(tmp_path, "turnout reached 91.42 percent")
    assert not any("inflation" in s.text for s in fact.support)
