"""One act dated in two years, told in a relative clause by one report.

"The Karrow copper mine, which the Hesse family sold for $12 million in 1971" dates
the sale in a clause of a sentence about the mine's discovery; "The Hesse family sold
the Karrow copper mine for $12 million in 1961" dates it in its own verb. The two tell
one sale in two years: a date conflict, wherever each sentence tells the act.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind

from .stories import fact_with, write_article


def _two_reports(tmp_path: Path, first: str, second: str) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Upland Gazette",
        "2011-05-04",
        "Mining pioneer Ada Hesse died on Monday in Marlow. She was 88. " + first,
    )
    write_article(
        tmp_path,
        "b.txt",
        "River Courier",
        "2011-05-04",
        "Ada Hesse, who led the family firm for forty years, has died in Marlow. " + second,
    )


def test_a_sale_dated_in_a_clause_and_in_its_verb_conflicts_on_the_year(tmp_path: Path) -> None:
    _two_reports(
        tmp_path,
        "Her father found the rich Karrow copper mine, which the family sold for $12 million"
        " in 1971.",
        "The family sold the Karrow copper mine for $12 million in 1961.",
    )
    fact = fact_with(tmp_path, "which the family sold")
    assert any("in 1961" in s.text for s in fact.support)
    dates = [c for c in fact.conflicts if c.kind is ConflictKind.DATE]
    assert dates and "1971" in dates[0].detail and "1961" in dates[0].detail


def test_the_same_year_told_in_a_clause_is_no_conflict(tmp_path: Path) -> None:
    _two_reports(
        tmp_path,
        "Her father found the rich Karrow copper mine, which the family sold for $12 million"
        " in 1961.",
        "The family sold the Karrow copper mine for $12 million in 1961.",
    )
    fact = fact_with(tmp_path, "which the family sold")
    assert not [c for c in fact.conflicts if c.kind is ConflictKind.DATE]


def test_a_year_of_another_verb_is_no_rival_of_the_sale(tmp_path: Path) -> None:
    _two_reports(
        tmp_path,
        "Her father found the rich Karrow copper mine, which the family opened for $12 million"
        " in 1971.",
        "The family sold the Karrow copper mine for $12 million in 1961.",
    )
    for fact in (fact_with(tmp_path, "Karrow copper mine, which"), fact_with(tmp_path, "in 1961")):
        assert not [c for c in fact.conflicts if c.kind is ConflictKind.DATE]
