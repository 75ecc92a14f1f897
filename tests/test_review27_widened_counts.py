"""Counts a later report gives as widened to a new level, or as received to date.

"widened the irrigation ban ... to 3,400 farms" a day after "the ban covers 1,800
farms", and "brought the number of farms under the ban ... to 3,400", give the new
level of a count that grew: an update, not a disagreement. So does "had received 19
complaints" a day after "had received seven complaints": a count to date.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind, ConflictNature, Fact, FactStatus

from .stories import fact_with, write_article


def _numbers(fact: Fact) -> list[ConflictNature]:
    """The natures of the fact's number conflicts."""
    return [c.nature for c in fact.conflicts if c.kind is ConflictKind.NUMBER]


def _articles(folder: Path, *reports: tuple[str, str, str]) -> None:
    """Write one article per report, each as (outlet, published, body)."""
    for n, (outlet, published, body) in enumerate(reports):
        write_article(folder, f"{n}.txt", outlet, published, body)


_COVERS = (
    "Tarn Valley Wire",
    "2026-09-14T08:00:00+00:00",
    "The irrigation ban covers 1,800 farms in the Brisa basin, the authority said.",
)


def test_a_ban_widened_then_extended_to_more_farms_is_an_update(tmp_path: Path) -> None:
    _articles(
        tmp_path,
        _COVERS,
        (
            "Brisa Courier",
            "2026-09-15T09:00:00+00:00",
            "The authority widened the irrigation ban in the Brisa basin to 3,400 farms.",
        ),
        (
            "Hollin Daily",
            "2026-09-16T10:00:00+00:00",
            "The authority extended the irrigation ban in the Brisa basin for a second time, "
            "to nine districts and 5,200 farms.",
        ),
    )
    fact = fact_with(tmp_path, "1,800 farms")
    assert fact.status is FactStatus.CORROBORATED
    assert _numbers(fact) == [ConflictNature.UPDATE] * 3


def test_a_number_brought_to_a_higher_figure_is_an_update(tmp_path: Path) -> None:
    _articles(
        tmp_path,
        _COVERS,
        (
            "Brisa Courier",
            "2026-09-15T09:00:00+00:00",
            "New orders on Tuesday brought the number of farms under the irrigation ban "
            "in the Brisa basin to 3,400, the authority said.",
        ),
    )
    fact = fact_with(tmp_path, "1,800 farms")
    assert _numbers(fact) == [ConflictNature.UPDATE]


def test_a_ban_widened_to_fewer_farms_is_still_a_disagreement(tmp_path: Path) -> None:
    _articles(
        tmp_path,
        (
            "Tarn Valley Wire",
            "2026-09-14T08:00:00+00:00",
            "The irrigation ban covers 3,400 farms in the Brisa basin, the authority said.",
        ),
        (
            "Brisa Courier",
            "2026-09-15T09:00:00+00:00",
            "The authority widened the irrigation ban in the Brisa basin to 1,800 farms.",
        ),
    )
    fact = fact_with(tmp_path, "3,400 farms")
    assert _numbers(fact) == [ConflictNature.DISAGREEMENT]


def test_a_count_received_to_date_that_grew_is_an_update(tmp_path: Path) -> None:
    _articles(
        tmp_path,
        (
            "Tarn Valley Wire",
            "2026-06-08T09:00:00+00:00",
            "The Tarn Water Board shut the Ebbe reservoir after a leak was found. "
            "The board said it had received seven complaints of discoloured tap water.",
        ),
        (
            "Brisa Courier",
            "2026-06-09T17:00:00+00:00",
            "The Tarn Water Board shut the Ebbe reservoir this week after a leak was found. "
            "The Tarn Water Board said on Tuesday it had received 19 complaints of "
            "discoloured tap water.",
        ),
    )
    fact = fact_with(tmp_path, "seven complaints")
    assert _numbers(fact) == [ConflictNature.UPDATE]
