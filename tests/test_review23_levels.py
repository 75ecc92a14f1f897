"""A running count said to have risen to a level or to have reached it is one fact."""

from __future__ import annotations

from pathlib import Path

from .stories import fact_with, write_article


def test_a_count_risen_to_and_one_reached_are_one_fact(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Harrow Gazette", "2027-08-03T08:00:00Z",
        "Complaints of burns from the recalled Lumex heater have risen to 31, the Product "
        "Safety Board said on Tuesday.",
        title="Lumex heater complaints rise",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Lindqvist News", "2027-08-04T09:00:00Z",
        "Complaints of burns linked to the recalled Lumex heater have reached 48, the "
        "Product Safety Board said on Wednesday.",
        title="Lumex heater complaints reach 48",
    )  # fmt: skip
    fact = fact_with(tmp_path, "reached 48")
    assert len(fact.support) == 2
