"""Ages given as a list after "aged", and a count of "the other" ones.

"Two women aged 27 and 35" gives two ages, not an age and a bare 35 to weigh against
"the three were charged". "The other two unions" counts those besides one told of
before: it is no rival of "the three unions".
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
    text = "Police charged a 46-year-old man and two women aged 27 and 35 with theft."
    ages = [value for value, unit in _units(text) if unit == AGE_UNIT]
    assert ages == [46.0, 27.0, 35.0]


def test_ages_listed_with_commas_are_ages() -> None:
    text = "The three men, aged 19, 23 and 41, were released on bail."
    ages = [value for value, unit in _units(text) if unit == AGE_UNIT]
    assert ages == [19.0, 23.0, 41.0]


def test_a_count_after_an_age_list_is_still_a_count() -> None:
    text = "Two women aged 27 and 35 were held, and 40 officers searched the house."
    assert (40.0, "officer") in _units(text)


def test_ages_in_a_list_are_no_rival_of_a_count_of_people() -> None:
    first = figured_claim(
        "a", "Police said the three were charged with failing to disclose information."
    )
    second = figured_claim(
        "b",
        "Police said they had charged a 46-year-old man and two women aged 27 and 35 with "
        "failing to disclose information.",
    )
    assert number_conflict(first, second) is None


def test_the_other_ones_are_no_rival_of_all_of_them() -> None:
    first = figured_claim("a", "The chief executive is to meet the three unions on Monday.")
    second = figured_claim("b", "The chief executive is to meet the other two unions on Monday.")
    assert number_conflict(first, second) is None


def test_all_of_them_still_disagree_with_a_different_count() -> None:
    first = figured_claim("a", "The chief executive is to meet the three unions on Monday.")
    second = figured_claim("b", "The chief executive is to meet the two unions on Monday.")
    conflict = number_conflict(first, second)
    assert conflict is not None and conflict.kind is ConflictKind.NUMBER


def test_a_count_joined_to_an_age_by_and_counts_its_noun() -> None:
    assert _units("A man aged 45 and 3 children were rescued from the flat.") == [
        (1.0, "man"),
        (45.0, AGE_UNIT),
        (3.0, "child"),
    ]
