"""Areas in square kilometres and square miles; a revised term read in one unit."""

from __future__ import annotations

from pathlib import Path

from corrobora.extract.quantities import find_quantities
from corrobora.model import Article, ConflictKind, ConflictNature
from corrobora.reconcile.conflicts import number_conflict

from .reconcile.conftest import make_claim
from .stories import fact_with, write_article


def _units(text: str) -> list[tuple[float, str]]:
    article = Article(id="x", text=text, title="", outlet="o", published=None)
    return [(q.value, q.unit) for q in find_quantities(text, article)]


def test_square_kilometres_and_miles_are_areas() -> None:
    assert _units("The lake covers 12 square kilometres.") == [(12.0, "km²")]
    assert _units("The lake covers 12 sq km.") == [(12.0, "km²")]
    assert _units("The lake covers 12 km² of the valley.") == [(12.0, "km²")]
    assert _units("The reserve spans 40 square miles.") == [(40.0, "square mile")]


def test_square_kilometres_are_weighed_against_hectares() -> None:
    burned = "The Drummel Heath fire has burned {}."
    hectares = make_claim("a", burned.format("2,900 hectares"), 0, numbers=((2900.0, "hectare"),))
    same = make_claim("b", burned.format("29 square kilometres"), 0, numbers=((29.0, "km²"),))
    more = make_claim("c", burned.format("46 square kilometres"), 0, numbers=((46.0, "km²"),))
    assert number_conflict(hectares, same) is None
    conflict = number_conflict(hectares, more)
    assert conflict is not None
    assert conflict.detail == "2,900 hectare vs 46 km²"


def test_a_revised_prison_term_corrects_the_first_in_one_unit(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Arnsby Record", "2027-02-09T16:00:00Z",
        "Magda Orrell, the former treasurer of Arnsby, was convicted of fraud on Tuesday "
        "and sentenced to eight years in prison, closing a case that began in 2025.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Northbay Ledger", "2027-02-10T09:00:00Z",
        "The Arnsby appeals court has revised the prison sentence of the former treasurer, "
        "Magda Orrell, to seven and a half years, a day after a jury convicted her of fraud.",
    )  # fmt: skip
    fact = fact_with(tmp_path, "seven and a half years")
    assert any("eight years" in s.text for s in fact.support)
    assert [(c.kind, c.nature, c.detail) for c in fact.conflicts] == [
        (ConflictKind.NUMBER, ConflictNature.CORRECTION, "8 years, later 7.5 years")
    ]
