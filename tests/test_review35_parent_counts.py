"""One named parent given two counts of children by two outlets is a number conflict.

"Mira Kessel, a mother of 4, was hit" and "Kessel, 38, a mother of 5, ..." tell of one
woman in side clauses of sentences about other things, so the claims stay two facts;
the count of her children, like her age, is weighed across the story's facts
(``reconcile.parents``).
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind

from .stories import fact_with, write_article


def _two_reports(tmp_path: Path, first: str, second: str) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Valley Courier",
        "2026-04-02T09:00:00",
        first + " Dario Venn, 22, is charged with dangerous driving.",
        title="Cyclist hurt in Mill Lane crash",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Riverside Herald",
        "2026-04-02T11:00:00",
        second + " Dario Venn, 22, is charged with dangerous driving.",
        title="Driver charged after Mill Lane crash",
    )


_FIRST = (
    "A camera caught the moment Mira Kessel, a Dunmore mother of 4, was struck as she "
    "crossed to the school gate."
)


def _count_conflicts(tmp_path: Path, words: str) -> list[str]:
    fact = fact_with(tmp_path, words)
    return [
        c.detail for c in fact.conflicts if c.kind is ConflictKind.NUMBER and " of " in c.detail
    ]


def test_two_counts_of_one_named_mother_conflict(tmp_path: Path) -> None:
    _two_reports(
        tmp_path,
        _FIRST,
        "Video of Mira Kessel, 38, a mother of 5, knocked down outside a bakery was played to the jury.",
    )
    assert _count_conflicts(tmp_path, "mother of 4") == ["mother of 4 vs mother of 5"]
    assert _count_conflicts(tmp_path, "mother of 5") == ["mother of 4 vs mother of 5"]


def test_a_count_opening_a_clause_after_the_name_is_hers(tmp_path: Path) -> None:
    _two_reports(
        tmp_path,
        _FIRST,
        "The driver said a van hit Mira Kessel, the mother of 5 who was walking her dog.",
    )
    assert _count_conflicts(tmp_path, "mother of 4") == ["mother of 4 vs mother of 5"]


def test_equal_counts_and_counts_of_other_people_are_no_conflict(tmp_path: Path) -> None:
    _two_reports(
        tmp_path,
        _FIRST,
        "Footage of Mira Kessel, who helped the mother of 5 across, was shown on Monday.",
    )
    assert _count_conflicts(tmp_path, "mother of 4") == []


def test_sons_are_not_all_children(tmp_path: Path) -> None:
    _two_reports(
        tmp_path,
        _FIRST,
        "Footage of Mira Kessel, 38, a mother of 2 sons, hurt by a van was shown on Monday.",
    )
    assert _count_conflicts(tmp_path, "mother of 4") == []


def test_counts_in_words_and_of_children_are_one_count(tmp_path: Path) -> None:
    _two_reports(
        tmp_path,
        "A camera caught the moment Mira Kessel, a Dunmore mother of four children, was "
        "struck as she crossed to the school gate.",
        "Video of mother-of-five Mira Kessel knocked down outside a bakery was played to the jury.",
    )
    assert _count_conflicts(tmp_path, "mother of four") == ["mother of 4 vs mother of 5"]
