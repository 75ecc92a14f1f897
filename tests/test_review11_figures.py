"""One amount in two units, a ratio the recognizer took for a name, a hyphenated name
and a deadline (review 11)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from corrobora.extract.nlp import parse
from corrobora.extract.quantities import find_quantities
from corrobora.reconcile.conflicts import date_conflict, entity_conflict, number_conflict
from corrobora.settings import DEFAULT_MODEL

from .extract.conftest import build_article
from .reconcile.conftest import counted, make_claim
from .stories import dated_claim


def test_one_amount_in_two_currencies_conflicts() -> None:
    euros = counted("a", "Net profit rose to €610 million.", ("€610 million", 6.1e8, "EUR"))
    dollars = counted("b", "Net profit rose to $610 million.", ("$610 million", 6.1e8, "USD"))
    other = counted("c", "Net profit rose to $660 million.", ("$660 million", 6.6e8, "USD"))
    conflict = number_conflict(euros, dollars)
    assert conflict is not None and "two units" in conflict.detail
    assert number_conflict(euros, other) is None  # two amounts may both be right


def test_one_change_as_a_percent_and_as_points_conflicts() -> None:
    percent = counted("a", "Net profit rose 12% on the year.", ("12%", 12.0, "%"))
    points = counted(
        "b",
        "Net profit rose by 12 percentage points on the year.",
        ("12 percentage points", 12.0, "percentage point"),
    )
    small = counted(
        "c",
        "Net profit rose by 0.3 percentage points on the year.",
        ("0.3 percentage points", 0.3, "percentage point"),
    )
    assert number_conflict(percent, points) is not None
    assert number_conflict(percent, small) is None


def test_a_decimal_ratio_the_recognizer_put_in_a_name_is_read() -> None:
    text = "Pemberton shareholders will receive 0.95 Halvard shares for each Pemberton share."
    found = find_quantities(parse(text, DEFAULT_MODEL), build_article(text))
    assert [q.value for q in found] == [0.95]


def test_a_hyphenated_name_holds_its_parts() -> None:
    a = make_claim("a", "The Halvard-Pemberton merger faces a review.", 0)
    b = make_claim("b", "The Pemberton merger faces a review.", 0)
    a = replace(a, entity_keys=("halvard-pemberton",))
    b = replace(b, entity_keys=("pemberton",))
    kinds = {"halvard-pemberton": "organization", "pemberton": "organization"}
    keys = {"a": {"halvard-pemberton"}, "b": {"pemberton"}}
    assert entity_conflict(a, b, kinds, keys) is None


def test_a_deadline_is_met_by_any_earlier_day() -> None:
    by_june = dated_claim(
        "a", "The deal is expected to close by June 2027.", "June 2027",
        date(2027, 6, 1), date(2027, 6, 30), "close",
    )  # fmt: skip
    first_quarter = dated_claim(
        "b", "The deal is expected to close in the first quarter of 2027.",
        "the first quarter of 2027", date(2027, 1, 1), date(2027, 3, 31), "close",
    )  # fmt: skip
    in_june = dated_claim(
        "c", "The deal is expected to close in June 2027.", "June 2027",
        date(2027, 6, 1), date(2027, 6, 30), "close",
    )  # fmt: skip
    assert date_conflict(by_june, first_quarter) is None
    assert date_conflict(in_june, first_quarter) is not None
