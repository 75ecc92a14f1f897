"""Two ranks of one person's thing in one fact: "his fifth title defence" and "his sixth".

An ordinal is no quantity, so two wordings that rank one event of one series apart
were one fact without a conflict. The same owner ("his") and the same words of what
is ranked ("title defence") with two ordinals are a number conflict; another series
("his fifth straight win" against "his sixth win") is not.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind

from .stories import fact_with, write_article


def _two_reports(tmp_path: Path, first: str, second: str) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Ring Weekly",
        "2012-03-04",
        "Boxer Tomas Kane beat Ivo Lesk on points in Cardiff on Saturday. " + first,
    )
    write_article(
        tmp_path,
        "b.txt",
        "Fight Daily",
        "2012-03-04",
        "Tomas Kane defeated Ivo Lesk on points in Cardiff on Saturday night. " + second,
    )


def test_two_ordinals_of_one_title_defence_conflict(tmp_path: Path) -> None:
    _two_reports(
        tmp_path,
        "The win was his fifth title defence since he took the belt in 2009.",
        "The win was his sixth title defence since he took the belt in 2009.",
    )
    fact = fact_with(tmp_path, "his fifth title defence")
    assert any("his sixth title defence" in s.text for s in fact.support)
    numbers = [c for c in fact.conflicts if c.kind is ConflictKind.NUMBER]
    assert numbers and numbers[0].detail == "5th title defence vs 6th title defence"


def test_one_ordinal_told_alike_is_no_conflict(tmp_path: Path) -> None:
    _two_reports(
        tmp_path,
        "The win was his fifth title defence since he took the belt in 2009.",
        "The win was his 5th title defence since he took the belt in 2009.",
    )
    fact = fact_with(tmp_path, "his fifth title defence")
    assert not fact.conflicts


def test_ordinals_of_two_series_are_no_conflict(tmp_path: Path) -> None:
    _two_reports(
        tmp_path,
        "The win was his fifth straight victory since he took the belt in 2009.",
        "The win was his sixth victory since he took the belt in 2009.",
    )
    for words in ("his fifth straight victory", "his sixth victory"):
        assert not [
            c for c in fact_with(tmp_path, words).conflicts if c.kind is ConflictKind.NUMBER
        ]
