"""One person a toll counts, named with "a", is a figure of 1 (review 8).

"A firefighter was injured" against a later "two firefighters were injured" is a
rising count; "a spokesman said" is no figure.
"""

from __future__ import annotations

from corrobora.extract.nlp import parse
from corrobora.extract.quantities import find_quantities
from corrobora.settings import DEFAULT_MODEL

from .extract.conftest import build_article


def _read(text: str) -> list[tuple[str, float, str]]:
    found = find_quantities(parse(text, DEFAULT_MODEL), build_article(text))
    return [(q.text, q.value, q.unit) for q in found]


def test_a_victim_named_with_a_is_one() -> None:
    assert _read("A firefighter was injured on Tuesday.") == [("A", 1.0, "firefighter")]
    assert _read("Police said a man died in hospital.") == [("a", 1.0, "man")]


def test_a_speaker_or_an_object_named_with_a_is_no_figure() -> None:
    assert _read("A spokesman said the road was closed.") == []
    assert _read("The storm injured a firefighter's dog and a horse.") == []
    assert _read("A new fire was reported near the town.") == []
