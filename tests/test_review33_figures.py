"""Figures that are no rivals: telephone numbers, figures of two people, counts of two ranges.

A telephone number is an identifier ("0800 555 111" and "0800 555111" are one number);
a figure a pronoun has ("he landed one punch") is no rival of one a name has; a term a
named person signed ("re-signed Ola Brandt to a three-year contract") is no rival of one
sought for someone else; counts over ranges of two sizes ("in 54 games", "in 157
games") are each true of their range.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.extract.quantities import find_quantities
from corrobora.model import ConflictKind

from .stories import story_facts, text_article, write_article


def _two_reports(folder: Path, first: str, second: str) -> None:
    write_article(folder, "a.txt", "Harbour Post", "2026-03-10T18:00:00", first)
    write_article(folder, "b.txt", "Coastal Times", "2026-03-10T20:00:00", second)


def _number_conflicts(folder: Path) -> list[str]:
    return [
        c.detail for f in story_facts(folder) for c in f.conflicts if c.kind == ConflictKind.NUMBER
    ]


def test_telephone_numbers_are_no_quantities() -> None:
    for text in (
        "Call Crimestoppers on 0800 555 111 today.",
        "Ring the office on +44 20 7946 0958 now.",
        "The number is (212) 555-0100 for the desk.",
        "Anyone who saw him should call police on 555 0199 at once.",
    ):
        assert not find_quantities(text, text_article(text, "x")), text


def test_thousands_set_off_by_spaces_stay_a_count() -> None:
    text = "Police called 1 200 000 residents."
    (found,) = find_quantities(text, text_article(text, "x"))
    assert found.value == 1_200_000


def test_one_telephone_number_spaced_two_ways_is_no_conflict(tmp_path: Path) -> None:
    _two_reports(
        tmp_path,
        "Fire crews fought a blaze at the Mill Lane bakery in Orwick overnight. "
        "Anyone with information is asked to call police on 0845 125 2222 or "
        "Crimestoppers anonymously on 0800 555 111.",
        "A fire gutted the old bakery on Mill Lane in Orwick overnight. "
        "Anyone with any information about the fire is asked to contact police on "
        "0845 125 2222 or Crimestoppers anonymously on 0800 555111.",
    )
    assert not _number_conflicts(tmp_path)


def test_a_pronoun_count_is_no_rival_of_a_named_one(tmp_path: Path) -> None:
    _two_reports(
        tmp_path,
        "Dario Vek stopped Tomas Lind in the seventh round in Brenn. "
        "Lind barely fought back. In the sixth round, he landed one punch.",
        "Dario Vek stopped Tomas Lind in the seventh round in Brenn. "
        "In the sixth round, Vek landed 28 of his 68 punches thrown.",
    )
    assert not _number_conflicts(tmp_path)


def test_a_term_of_one_named_person_is_no_rival_of_another_deal(tmp_path: Path) -> None:
    _two_reports(
        tmp_path,
        "The Harbour Lions are close to signing free agent Pavel Orsk. "
        "The Harbour Lions would like to sign him to a contract of between six and eight years.",
        "The Harbour Lions have made an offer to free agent Pavel Orsk. "
        "Last winter the Harbour Lions re-signed Ola Brandt to a three-year contract.",
    )
    assert not _number_conflicts(tmp_path)


def test_counts_over_ranges_of_two_sizes_are_no_rivals(tmp_path: Path) -> None:
    _two_reports(
        tmp_path,
        "The Kestrels made a five-year offer to striker Jonas Hale. "
        "In 20 matches with the Kestrels, Hale scored 11 goals and 6 assists.",
        "The Kestrels made a five-year offer to striker Jonas Hale. "
        "In a combined 38 matches with the Kestrels and Rovers, Hale scored 19 goals and 9 assists.",
    )
    assert not _number_conflicts(tmp_path)


def test_one_range_with_two_counts_is_still_weighed(tmp_path: Path) -> None:
    _two_reports(
        tmp_path,
        "The Kestrels made a five-year offer to striker Jonas Hale. "
        "In 20 matches with the Kestrels, Hale scored 11 goals.",
        "The Kestrels made a five-year offer to striker Jonas Hale. "
        "In 20 matches with the Kestrels, Hale scored 14 goals.",
    )
    assert _number_conflicts(tmp_path)
