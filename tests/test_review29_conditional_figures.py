"""A figure in a clause of a condition tells what could happen, not what did."""

from __future__ import annotations

from corrobora.reconcile.conflicts import number_conflict

from .stories import figured_claim


def test_a_figure_of_a_condition_is_no_count_of_what_happened() -> None:
    hypothetical = figured_claim(
        "a",
        "Senator Ruml backed a failed bill to let the board approve the plan even if "
        "two members voted against it.",
    )
    told = figured_claim("b", "The plan was blocked by five members of the board on Tuesday.")
    assert number_conflict(hypothetical, told) is None


def test_unless_opens_a_condition_too() -> None:
    hypothetical = figured_claim(
        "a", "The strike will go ahead unless 300 workers accept the offer by Friday."
    )
    told = figured_claim("b", "Some 450 workers accepted the offer by Friday.")
    assert number_conflict(hypothetical, told) is None


def test_figures_after_the_condition_are_still_weighed() -> None:
    first = figured_claim("a", "If the talks fail, 300 workers will strike on Monday.")
    second = figured_claim("b", "Union leaders said 450 workers will strike on Monday.")
    conflict = number_conflict(first, second)
    assert conflict is not None and "300" in conflict.detail and "450" in conflict.detail
