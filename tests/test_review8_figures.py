"""One person a toll counts, named with "a", is a figure of 1 (review 8).

"A firefighter was injured" against a later "two firefighters were injured" is a
rising count; "a spokesman said" is no figure.
"""

from __future__ import annotations

from corrobora.extract.nlp import parse
from corrobora.extract.quantities import find_quantities, vague_range
from corrobora.reconcile.conflicts import number_conflict
from corrobora.settings import DEFAULT_MODEL

from .extract.conftest import build_article
from .reconcile.conftest import counted


def _read(text: str) -> list[tuple[str, float, str]]:
    found = find_quantities(parse(text, DEFAULT_MODEL), build_article(text))
    return [(q.text, q.value, q.unit) for q in found]


def test_a_victim_named_with_a_is_one() -> None:
    assert _read("A firefighter was injured on Tuesday.") == [("A", 1.0, "firefighter")]
    assert _read("Police said a man died in hospital.") == [("a", 1.0, "dead")]


def test_a_speaker_or_an_object_named_with_a_is_no_figure() -> None:
    assert _read("A spokesman said the road was closed.") == []
    assert _read("The storm injured a firefighter's dog and a horse.") == []
    assert _read("A new fire was reported near the town.") == []


def test_a_crowd_put_at_a_figure_counts_people() -> None:
    """ "Police put the crowd at about 20,000" is weighed against "100,000 people"."""
    assert _read("Police put the crowd at about 20,000.") == [("20,000", 20000.0, "people")]


def test_an_order_of_magnitude_is_an_amount() -> None:
    """ "hundreds of thousands of customers" is 200,000 to 999,999 customers."""
    assert _read("Hackers took the data of hundreds of thousands of Tarn customers.") == [
        ("hundreds of thousands", 200000.0, "customer")
    ]
    assert _read("Tens of thousands of people marched.") == [
        ("Tens of thousands", 20000.0, "people")
    ]
    assert _read("It cost thousands.") == []
    assert vague_range("dozens") == (24.0, 99.0)


def test_an_order_of_magnitude_conflicts_with_a_figure_outside_it() -> None:
    early = counted(
        "a",
        "Hackers took the data of hundreds of thousands of customers.",
        ("hundreds of thousands", 200000.0, "customer"),
    )
    later = counted(
        "b", "Hackers took the data of 4.1 million customers.", ("4.1 million", 4.1e6, "customer")
    )
    within = counted(
        "c", "Hackers took the data of 640,000 customers.", ("640,000", 640000.0, "customer")
    )
    conflict = number_conflict(early, later)
    assert conflict is not None
    assert conflict.detail == "hundreds of thousands customer vs 4,100,000 customer"
    assert number_conflict(early, within) is None
