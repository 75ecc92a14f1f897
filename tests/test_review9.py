"""Speeds, plans, one act in other words, short names and opposite qualities (review 9).

"95 km/h" is a speed, not a length; "is expected to be named" is future; "resigned"
and "stepped down", "cut" and "eliminate" are one act, "jobs" and "positions" one unit;
"Arlen" is "Tomas Arlen"; a "mandatory" evacuation is no "voluntary" one.
"""

from __future__ import annotations

import pytest

from corrobora.extract.nlp import parse
from corrobora.extract.quantities import find_quantities
from corrobora.model import ConflictKind
from corrobora.reconcile.conflicts import entity_conflict, negation_conflict, number_conflict
from corrobora.reconcile.predicates import opposite_qualities, same_predicate_class
from corrobora.settings import DEFAULT_MODEL

from .extract.conftest import build_article
from .reconcile.conftest import counted, make_claim


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Winds of 95 km/h hit the coast.", "km/h"),
        ("Gusts reached 130 kmh.", "km/h"),
        ("Winds of 120 kilometres per hour.", "km/h"),
        ("Winds of 60 miles an hour.", "mph"),
        ("The road is 40 km long.", "km"),
    ],
)
def test_a_speed_is_read_with_its_unit(text: str, unit: str) -> None:
    (found,) = find_quantities(parse(text, DEFAULT_MODEL), build_article(text))
    assert found.unit == unit


def test_mph_and_km_h_are_compared() -> None:
    mph = counted("a", "Winds of 70 mph hit the coast.", ("70", 70.0, "mph"))
    kmh = counted("b", "Winds of 95 km/h hit the coast.", ("95", 95.0, "km/h"))
    same = counted("c", "Winds of 113 km/h hit the coast.", ("113", 113.0, "km/h"))
    assert number_conflict(mph, kmh) is not None
    assert number_conflict(mph, same) is None


def test_one_act_in_other_words() -> None:
    assert same_predicate_class("resign", "step down")
    assert same_predicate_class("cut", "eliminate")
    jobs = counted("a", "The firm will cut 1,200 jobs.", ("1,200", 1200.0, "job"))
    posts = counted("b", "The firm will eliminate 1,500 positions.", ("1,500", 1500.0, "position"))
    conflict = number_conflict(jobs, posts)
    assert conflict is not None and "1,200" in conflict.detail


def test_a_surname_is_the_full_name() -> None:
    full = make_claim("a", "Tomas Arlen scored.", 0, entities=("tomas arlen",))
    short = make_claim("b", "Arlen scored.", 0, entities=("arlen",))
    other = make_claim("c", "Ruben Hale scored.", 0, entities=("ruben hale",))
    kinds = {"tomas arlen": "person", "arlen": "person", "ruben hale": "person"}
    assert entity_conflict(full, short, kinds, {}) is None
    assert entity_conflict(full, other, kinds, {}) is not None


def test_opposite_qualities_conflict() -> None:
    assert opposite_qualities(["mandatory", "evacuation"], ["voluntary", "evacuation"]) == (
        "mandatory",
        "voluntary",
    )
    assert opposite_qualities(["mandatory", "voluntary"], ["voluntary"]) is None
    ordered = make_claim("a", "Officials ordered a mandatory evacuation.", 0)
    urged = make_claim("b", "Officials urged a voluntary evacuation.", 0)
    conflict = negation_conflict(ordered, urged)
    assert conflict is not None and conflict.kind is ConflictKind.NEGATION
    assert "'mandatory' against 'voluntary'" in conflict.detail
