"""One sum given in two near-dollar currencies more than ten times apart is a conflict.

"£1.7m" and "more than $160 million" for one haul cannot both be right whatever the
rate of the day, while "$4.2 billion" and "€3.9 billion" may be one sum.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind
from corrobora.reconcile.figures import Figure, currency_gap

from .stories import fact_with, write_article


def _two(tmp_path: Path, first: str, second: str) -> None:
    write_article(tmp_path, "a.txt", "Harbour Post", "2026-03-10T18:00:00", first)
    write_article(tmp_path, "b.txt", "Coastal Times", "2026-03-10T20:00:00", second)


def test_one_haul_in_pounds_and_in_dollars_a_hundred_times_apart_conflicts(
    tmp_path: Path,
) -> None:
    _two(
        tmp_path,
        "Jewellery and watches worth £1.7m were stolen from a jeweller in central Vensby.",
        "Jewellery worth more than $160 million was stolen from a jeweller in central Vensby.",
    )
    fact = fact_with(tmp_path, "£1.7m")
    assert any(
        c.kind is ConflictKind.NUMBER and "two currencies" in c.detail for c in fact.conflicts
    )


def _amount(value: float, unit: str) -> Figure:
    return Figure(value=value, unit=unit, low=value, high=value)


def test_amounts_near_in_two_currencies_may_be_one_sum() -> None:
    assert not currency_gap(_amount(4.2e9, "USD"), _amount(3.9e9, "EUR"))
    assert currency_gap(_amount(1.7e6, "GBP"), _amount(160e6, "USD"))


def test_a_currency_far_from_the_dollar_is_never_weighed_so() -> None:
    assert not currency_gap(_amount(1.7e6, "USD"), _amount(160e6, "JPY"))
