"""Figures in the written forms other house styles use.

SI style sets thousands off with spaces ("80 937 hectares"), science reporting drops
the leading zero (".20 parts per million"), and "several hundred homes" is an amount
as vague as "hundreds of homes". Each must be read as its value, or it is compared
as a wrong one.
"""

from __future__ import annotations

from corrobora.extract.nlp import parse
from corrobora.extract.quantities import find_quantities, vague_range
from corrobora.reconcile.conflicts import number_conflict
from corrobora.settings import DEFAULT_MODEL

from ..reconcile.conftest import counted
from .conftest import build_article


def _read(text: str) -> list[tuple[str, float, str]]:
    found = find_quantities(parse(text, DEFAULT_MODEL), build_article(text))
    return [(q.text, q.value, q.unit) for q in found]


def test_thousands_set_off_by_spaces_are_one_number() -> None:
    assert _read("The fires have burned nearly 80 937 hectares.") == [
        ("80 937", 80937.0, "hectare")
    ]
    assert _read("About 1 200 000 residents lost water.") == [("1 200 000", 1200000.0, "resident")]
    assert _read("She won the 10\u00a0000-metre race.")[0][:2] == ("10\u00a0000", 10000.0)


def test_spaced_numbers_after_a_month_or_a_year_stay_apart() -> None:
    assert [v for _, v, _ in _read("On May 5 200 people marched.")] == [200.0]
    assert [v for _, v, _ in _read("In 2003 500 people came.")] == [500.0]


def test_a_decimal_without_its_leading_zero() -> None:
    assert _read("Ozone reached .20 parts per million.")[0][:2] == (".20", 0.2)


def test_several_hundred_is_a_range() -> None:
    assert _read("The fire threatened several hundred homes.") == [
        ("several hundred", 200.0, "home")
    ]
    assert vague_range("a few thousand") == (2000.0, 9999.0)
    assert vague_range("several hundred thousand") == (200000.0, 999999.0)


def test_several_hundred_agrees_with_hundreds_and_not_with_fifty() -> None:
    several = counted(
        "a", "The fire threatened several hundred homes.", ("several hundred", 200.0, "home")
    )
    hundreds = counted("b", "The fire threatened hundreds of homes.", ("hundreds", 200.0, "home"))
    fifty = counted("c", "The fire threatened 50 homes.", ("50", 50.0, "home"))
    assert number_conflict(several, hundreds) is None
    assert number_conflict(several, fifty) is not None


def test_spaced_hectares_agree_with_the_same_area_in_acres() -> None:
    hectares = counted(
        "a", "The fires burned nearly 80 937 hectares.", ("80 937", 80937.0, "hectare")
    )
    acres = counted("b", "The fires burned nearly 200,000 acres.", ("200,000", 200000.0, "acre"))
    fewer = counted("c", "The fires burned nearly 120,000 acres.", ("120,000", 120000.0, "acre"))
    assert number_conflict(hectares, acres) is None
    assert number_conflict(hectares, fewer) is not None
