"""Counts set apart by their wording, and places of different things."""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind, ConflictNature

from .stories import fact_with, write_article


def test_a_further_suspected_count_keeps_the_confirmed_count_compared(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Portwick Gazette", "2027-09-06T07:00:00Z",
        "The Health Board has confirmed 20 cases of norovirus across Ardel and is "
        "looking into a further 6 suspected cases, officials said on Monday.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Kessing Radio", "2027-09-07T08:00:00Z",
        "The Health Board said on Tuesday that 14 cases of norovirus had been confirmed "
        "across Ardel.",
    )  # fmt: skip
    fact = fact_with(tmp_path, "14 cases")
    assert [(c.kind, c.nature, c.detail) for c in fact.conflicts] == [
        (ConflictKind.NUMBER, ConflictNature.DISAGREEMENT, "20 case vs 14 case")
    ]


def test_places_of_two_different_things_are_no_entity_conflict(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Portwick Gazette", "2027-09-06T07:00:00Z",
        "Marrow Bakeries has withdrawn its seeded rye loaves after a salmonella "
        "outbreak in Norway.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Kessing Radio", "2027-09-06T15:00:00Z",
        "Marrow Bakeries, which bakes the seeded rye loaves at its bakery in Leeds, "
        "has withdrawn the loaves because of the salmonella outbreak.",
    )  # fmt: skip
    fact = fact_with(tmp_path, "at its bakery in Leeds")
    assert not [c for c in fact.conflicts if c.kind is ConflictKind.ENTITY]


def test_one_thing_placed_in_two_places_is_still_an_entity_conflict(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Portwick Gazette", "2027-09-06T07:00:00Z",
        "Marrow Bakeries has withdrawn its seeded rye loaves, which it bakes at its "
        "bakery in Leeds, after a salmonella outbreak.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Kessing Radio", "2027-09-06T15:00:00Z",
        "Marrow Bakeries, which bakes the seeded rye loaves at its bakery in York, "
        "has withdrawn the loaves because of the salmonella outbreak.",
    )  # fmt: skip
    fact = fact_with(tmp_path, "in York")
    assert [c.kind for c in fact.conflicts] == [ConflictKind.ENTITY]
