"""Whose figure a figure is, and what it counts: ages, records, times, further steps."""

from __future__ import annotations

from corrobora.reconcile.conflicts import number_conflict
from corrobora.reconcile.figures import claim_figures

from .stories import figured_claim


def _conflict(first: str, second: str) -> str | None:
    """The detail of the number conflict of two one-sentence claims, else None."""
    found = number_conflict(figured_claim("a", first), figured_claim("b", second))
    return None if found is None else found.detail


def test_ages_of_two_described_people_are_no_rivals() -> None:
    assert (
        _conflict(
            "The 36-year-old champion Varga floored Delmont in the fifth round.",
            "the 40-year-old Canadian southpaw never recovered",
        )
        is None
    )


def test_ages_of_one_named_person_still_conflict() -> None:
    detail = _conflict(
        "The 36-year-old champion Varga floored Delmont in the fifth round.",
        "said Varga, 37, after the fight",
    )
    assert detail is not None and "36" in detail and "37" in detail


def test_twice_counts_two_times() -> None:
    claim = figured_claim("a", "Ilsa Marrow married twice.")
    assert [(q.value, q.unit) for q in claim.quantities] == [(2.0, "time")]
    assert _conflict("Ilsa Marrow married twice.", "Ilsa Marrow was married three times.")


def test_multipliers_and_former_times_count_no_times() -> None:
    for text in (
        "Sales were twice as high as last year.",
        "The hall was once a cinema.",
        "She left at once.",
        "He had been there once or twice.",
    ):
        assert not figured_claim("a", text).quantities, text


def test_more_times_add_to_a_count_not_the_whole() -> None:
    assert (
        _conflict("Ilsa Marrow married two more times.", "Ilsa Marrow was married three times.")
        is None
    )


def test_record_after_a_name_is_weighed_against_its_record() -> None:
    first = "Champion Oren Varga, 41-2, 30 KOs, beat Teo Delmont, 33-6-1, in the ninth round."
    second = "The win took Varga's record to 40-2 with 29 knockouts."
    records = [(f.written, f.owner) for f in claim_figures(figured_claim("a", first)) if f.tally]
    assert records == [("41-2", "varga"), ("33-6", "delmont")]
    assert _conflict(first, second) == "41-2 vs 40-2"


def test_counts_of_two_named_subjects_are_no_rivals() -> None:
    assert (
        _conflict(
            "In the sixth, Delmont landed one punch.",
            "Varga landed 28 of his 68 punches in the round.",
        )
        is None
    )
