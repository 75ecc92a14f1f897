"""What keeps two acts apart must not split one statement told in two verbs."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from corrobora.reconcile.acts import other_acts_on_one_date, shares_only_background

from .reconcile.conftest import make_claim
from .stories import fact_with, write_article

_FEBRUARY = ((date(2027, 2, 1), date(2027, 2, 28)),)


def test_a_figure_both_give_on_one_date_is_one_statement() -> None:
    rose = make_claim(
        "a", "Consumer prices rose 4.8 percent in February.", 0,
        numbers=((4.8, "%"),), dates=_FEBRUARY, predicate="rise",
    )  # fmt: skip
    stood = make_claim(
        "b", "Inflation stood at 4.8% in February.", 0,
        numbers=((4.8, "%"),), dates=_FEBRUARY, predicate="stand",
    )  # fmt: skip
    rose = replace(rose, terms=("consumer", "price", "rise", "4.8", "percent", "february"))
    stood = replace(stood, terms=("inflation", "stand", "4.8", "february"))
    assert not other_acts_on_one_date(rose, stood)


def test_a_time_after_before_is_no_background_clause() -> None:
    broke = make_claim(
        "a", "The blaze broke out shortly before 9 p.m. on Friday in a warehouse at the "
        "Northern Quay terminal.", 0, predicate="break out",
    )  # fmt: skip
    reported = make_claim(
        "b", "Flames were first reported just before 9 p.m. Friday at a warehouse in the "
        "Northern Quay terminal.", 0, predicate="report",
    )  # fmt: skip
    assert not shares_only_background(broke, reported)
    assert not shares_only_background(reported, broke)


def test_one_start_of_a_fire_told_in_two_verbs_is_corroborated(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Harrow Gazette", "2027-06-05T07:00:00Z",
        "The blaze broke out shortly before 9 p.m. on Friday in a storage warehouse at the "
        "Northern Quay container terminal, the fire service said.",
        title="Warehouse fire at Northern Quay",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Lindqvist News", "2027-06-05T09:00:00Z",
        "Flames were first reported just before 9 p.m. Friday at a warehouse in the port's "
        "Northern Quay terminal.",
        title="Fire at Northern Quay warehouse",
    )  # fmt: skip
    fact = fact_with(tmp_path, "blaze broke out")
    assert len(fact.support) == 2
