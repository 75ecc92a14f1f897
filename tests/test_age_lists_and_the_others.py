"""Ages given as a list after "aged", and a count of "the other" ones.

"Two women aged 29 and 33" gives two ages, not an age and a bare 33 to weigh against
"the three were charged". "The other two tenant groups" counts those besides one told
of before: it is no rival of "the three tenant groups".
"""

from __future__ import annotations

from corrobora.extract.nlp import parse
from corrobora.extract.quantities import find_quantities
from corrobora.model import AGE_UNIT, ConflictKind
from corrobora.reconcile.conflicts import number_conflict
from corrobora.settings import DEFAULT_MODEL

from .extract.conftest import build_article
from .stories import figured_claim


def _units(text: str) -> list[tuple[float, str]]:
    found = find_quantities(parse(text, DEFAULT_MODEL), build_article(text))
    return [(q.value, q.unit) for q in found]


def test_every_age_of_a_list_after_aged_is_an_age() -> None:
    text = "Police charged a 51-year-old man and two women aged 29 and 33 with theft."
    ages = [value for value, unit in _units(text) if unit == AGE_UNIT]
    assert ages == [51.0, 29.0, 33.0]


def test_ages_listed_with_commas_are_ages() -> None:
    text = "The three men, aged 19, 23 and 41, were released on bail."
    ages = [value for value, unit in _units(text) if unit == AGE_UNIT]
    assert ages == [19.0, 23.0, 41.0]


def test_a_count_after_an_age_list_is_still_a_count() -> None:
    text = "Two women aged 27 and 35 were held, and 40 officers searched the house."
    assert (40.0, "officer") in _units(text)


def test_ages_in_a_list_are_no_rival_of_a_count_of_people() -> None:
    first = figured_claim("a", "Police said the three were charged with handling stolen goods.")
    second = figured_claim(
        "b",
        "Police said they had charged a 51-year-old man and two women aged 29 and 33 with "
        "handling stolen goods.",
    )
    assert number_conflict(first, second) is None


def test_the_other_ones_are_no_rival_of_all_of_them() -> None:
    first = figured_claim("a", "The mayor is to meet the three tenant groups on Monday.")
    second = figured_claim("b", "The mayor is to meet the other two tenant groups on Monday.")
    assert number_conflict(first, second) is None


def test_all_of_them_still_disagree_with_a_different_count() -> None:
    first = figured_claim("a", "The mayor is to meet the three tenant groups on Monday.")
    second = figured_claim("b", "The mayor is to meet the two tenant groups on Monday.")
    conflict = number_conflict(first, second)
    assert conflict is not None and conflict.kind is ConflictKind.NUMBER


def test_a_count_joined_to_an_age_by_and_counts_its_noun() -> None:
    assert _units("A man aged 45 and 3 children were rescued from the flat.") == [
        (1.0, "man"),
        (45.0, AGE_UNIT),
        (3.0, "child"),
    ]
