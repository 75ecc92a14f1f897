"""When a later, different count is an update: days, sources, standing counts, ages."""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind, ConflictNature

from .stories import fact_with, write_article


def _conflicts(folder: Path, words: str) -> list[tuple[ConflictNature, str]]:
    fact = fact_with(folder, words)
    return [(c.nature, c.detail) for c in fact.conflicts if c.kind is ConflictKind.NUMBER]


def test_one_source_two_counts_of_one_day_disagree_and_a_later_day_updates(
    tmp_path: Path,
) -> None:
    write_article(
        tmp_path, "a.txt", "Kessing Radio", "2027-09-08T06:00:00Z",
        "The Health Board said on Wednesday morning that 40 cases of norovirus had now "
        "been confirmed and 15 were suspected.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Ardel Times", "2027-09-08T13:00:00Z",
        "The number of confirmed norovirus cases has doubled since Sunday, with 55 cases "
        "now confirmed, the Health Board said on Wednesday.",
    )  # fmt: skip
    write_article(
        tmp_path, "c.txt", "Portwick Gazette", "2027-09-10T08:00:00Z",
        "The Health Board said on Friday that 48 cases of norovirus had been confirmed.",
    )  # fmt: skip
    found = _conflicts(tmp_path, "55 cases")
    assert (ConflictNature.DISAGREEMENT, "40 case vs 55 case") in found
    assert (ConflictNature.UPDATE, "40 case, later 48 case") in found
    fact = fact_with(tmp_path, "55 cases")
    assert "48 cases" in fact.text  # named by the latest wording, not the disputed one


def test_two_authorities_counts_of_one_day_are_no_update(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Kessing Radio", "2027-09-07T08:00:00Z",
        "The Health Board said on Tuesday that 30 cases of norovirus had been confirmed.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Ardel Times", "2027-09-07T17:00:00Z",
        "The Ardel District Council said on Tuesday it had confirmed 34 cases of norovirus.",
    )  # fmt: skip
    assert _conflicts(tmp_path, "34 cases") == [(ConflictNature.DISAGREEMENT, "30 case vs 34 case")]


def test_a_higher_count_of_one_authority_a_day_later_still_updates(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Kessing Radio", "2027-09-07T08:00:00Z",
        "The Health Board said on Tuesday that 30 cases of norovirus had been confirmed.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Ardel Times", "2027-09-08T17:00:00Z",
        "The Health Board said on Wednesday that 34 cases of norovirus had been confirmed.",
    )  # fmt: skip
    assert _conflicts(tmp_path, "34 cases") == [(ConflictNature.UPDATE, "30 case, later 34 case")]


def test_people_in_hospital_then_remaining_in_hospital_is_a_standing_count(
    tmp_path: Path,
) -> None:
    write_article(
        tmp_path, "a.txt", "Kessing Radio", "2027-09-07T08:00:00Z",
        "Nine people are in hospital after eating at the Ardel harbour market.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Ardel Times", "2027-09-08T17:00:00Z",
        "Six people remain in hospital after eating at the Ardel harbour market.",
    )  # fmt: skip
    assert _conflicts(tmp_path, "Six people") == [
        (ConflictNature.UPDATE, "9 people, later 6 people")
    ]


def test_an_age_given_differently_later_is_a_conflict(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Kessing Radio", "2027-09-08T08:00:00Z",
        "A 64-year-old man died on Monday at Ardel Infirmary.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Ardel Times", "2027-09-10T17:00:00Z",
        "A 67-year-old man died on Monday at Ardel Infirmary.",
    )  # fmt: skip
    assert _conflicts(tmp_path, "67-year-old") == [
        (ConflictNature.DISAGREEMENT, "64 years old vs 67 years old")
    ]
