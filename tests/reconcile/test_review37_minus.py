"""A figure after the word "minus" is below zero; after "temperatures" it is in degrees.

"Temperatures were minus 20" and "in temperatures of minus 17 degrees" give two
readings of one cold, weighed against each other; "plus or minus 3 points" is a margin,
no figure below zero.
"""

from __future__ import annotations

from corrobora.model import ConflictKind
from corrobora.reconcile.conflicts import number_conflict

from ..stories import figured_claim


def _figures(text: str) -> list[tuple[str, float, str]]:
    return [(q.text, q.value, q.unit) for q in figured_claim("a", text).quantities]


def test_minus_makes_a_figure_negative() -> None:
    assert _figures("Firefighters worked in temperatures of minus 17 degrees.") == [
        ("minus 17", -17.0, "degree")
    ]


def test_a_bare_figure_below_zero_after_temperatures_is_in_degrees() -> None:
    assert _figures("Outside temperatures were minus 20 as the crews arrived.") == [
        ("minus 20", -20.0, "degree")
    ]


def test_a_margin_either_way_is_no_sign() -> None:
    ((text, value, _unit),) = _figures("The poll has a margin of plus or minus 3 points.")
    assert (text, value) == ("3", 3.0)


def test_two_readings_of_the_cold_conflict() -> None:
    bare = figured_claim(
        "a", "Outside temperatures were minus 20 as firefighters battled the fire."
    )
    degrees = figured_claim(
        "b", "Firefighters fought the fire in temperatures of minus 17 degrees."
    )
    conflict = number_conflict(bare, degrees)
    assert conflict is not None
    assert conflict.kind is ConflictKind.NUMBER
    assert "-20" in conflict.detail and "-17" in conflict.detail
