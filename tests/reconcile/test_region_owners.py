"""A figure told of a region right after it belongs to that region."""

from __future__ import annotations

from dataclasses import replace

from corrobora.model import Claim, Quantity, Span
from corrobora.reconcile.figures import figure_owner

from .conftest import make_claim


def _claim_with(text: str, *figures: str) -> Claim:
    claim = make_claim("a", text, 0)
    quantities = tuple(
        Quantity(Span(text.index(f), text.index(f) + len(f)), f, float(f), "") for f in figures
    )
    return replace(claim, quantities=quantities)


def test_each_provinces_count_is_that_provinces() -> None:
    claim = _claim_with(
        "Of the dead, 241 were in Dresk province and 46 in neighbouring Halmir province.",
        "241",
        "46",
    )
    owners = [figure_owner(claim, q) for q in claim.quantities]
    assert owners == ["dresk", "halmir"]


def test_a_town_or_a_plain_place_is_no_region_owner() -> None:
    claim = _claim_with("About 300 people were in Dresk when the quake struck.", "300")
    assert figure_owner(claim, claim.quantities[0]) == ""
