"""Where responders came from and an event's name are no rival places.

"Fire crews from Kelby and Marnhoe" tell where the crews came from, and "his native
Ostland" where a person is from: neither is a rival answer to where the event was.
"The Spring Summit" names an event, whatever kind the recognizer takes it for.
"""

from __future__ import annotations

from corrobora.model import ConflictKind
from corrobora.reconcile.conflicts import entity_conflict, entity_role

from .reconcile.conftest import make_claim

CREWS = "Fire crews from Kelby and Marnhoe were called to the blaze at the depot."


def test_a_name_after_from_is_an_origin() -> None:
    assert entity_role(CREWS, "kelby") == "origin"
    assert entity_role(CREWS, "marnhoe") == "origin"
    assert entity_role("He returned to his native Ostland.", "ostland") == "origin"


def test_where_crews_came_from_is_no_rival_place() -> None:
    crews = make_claim("a", CREWS, 0, entities=("kelby", "marnhoe"), predicate="call")
    town = make_claim("b", "A depot in Wessmoor caught fire on Sunday.", 0, entities=("wessmoor",))
    kinds = {"kelby": "place", "marnhoe": "place", "wessmoor": "place"}
    keys = {"a": {"kelby", "marnhoe"}, "b": {"wessmoor"}}
    assert entity_conflict(crews, town, kinds, keys) is None


def test_an_event_name_is_no_rival_of_a_place() -> None:
    offer = make_claim(
        "a",
        "The Harriers offered Tomas Brell a five-year deal at the Spring Summit.",
        0,
        entities=("harriers", "tomas brell", "spring summit"),
        predicate="offer",
    )
    home = make_claim(
        "b",
        "The Harriers offered Tomas Brell a five-year deal in Ostland.",
        0,
        entities=("harriers", "tomas brell", "ostland"),
        predicate="offer",
    )
    kinds = {"harriers": "org", "tomas brell": "person", "spring summit": "place"}
    kinds["ostland"] = "place"
    keys = {
        "a": {"harriers", "tomas brell", "spring summit"},
        "b": {"harriers", "tomas brell", "ostland"},
    }
    assert entity_conflict(offer, home, kinds, keys) is None


def test_two_places_of_one_event_still_conflict() -> None:
    first = make_claim(
        "a",
        "The blaze broke out at a depot in Kelby.",
        0,
        entities=("kelby",),
        predicate="break out",
    )
    second = make_claim(
        "b",
        "The blaze broke out at a depot in Marnhoe.",
        0,
        entities=("marnhoe",),
        predicate="break out",
    )
    kinds = {"kelby": "place", "marnhoe": "place"}
    conflict = entity_conflict(first, second, kinds, {"a": {"kelby"}, "b": {"marnhoe"}})
    assert conflict is not None and conflict.kind is ConflictKind.ENTITY
