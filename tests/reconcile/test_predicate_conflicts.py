"""Negation, modality and dates are weighed only between wordings of one predicate."""

from __future__ import annotations

from datetime import date

from corrobora.model import Modality
from corrobora.reconcile.conflicts import date_conflict, modality_conflict, negation_conflict

from .conftest import make_claim

MONDAY = ((date(2026, 3, 16), date(2026, 3, 16)),)
TUESDAY = ((date(2026, 3, 17), date(2026, 3, 17)),)


def test_dates_of_two_predicates_date_two_events() -> None:
    """ "broke out on Monday" and "was put out on Tuesday" do not disagree."""
    a = make_claim(
        "a",
        "The fire at the Kestrel plant broke out on Monday.",
        0,
        dates=MONDAY,
        predicate="break out",
    )
    b = make_claim(
        "b",
        "The fire at the Kestrel plant was put out on Tuesday.",
        0,
        dates=TUESDAY,
        predicate="put out",
    )
    assert date_conflict(a, b) is None
    same = make_claim(
        "c",
        "The fire at the Kestrel plant broke out on Tuesday.",
        0,
        dates=TUESDAY,
        predicate="break out",
    )
    assert date_conflict(a, same) is not None


def test_a_predicate_among_the_other_wordings_words_dates_one_event() -> None:
    """ "marched on Saturday" against "a march ... on Friday": one march, two days."""
    a = make_claim(
        "a", "Thousands marched through Veldmark on Monday.", 0, dates=MONDAY, predicate="march"
    )
    b = make_claim(
        "b",
        "A march brought Veldmark to a standstill on Tuesday.",
        0,
        dates=TUESDAY,
        predicate="bring",
    )
    assert date_conflict(a, b) is not None


def test_a_claim_without_a_predicate_is_compared() -> None:
    a = make_claim("a", "Fire at the Kestrel plant on Monday", 0, dates=MONDAY)
    b = make_claim(
        "b",
        "The fire at the Kestrel plant was put out on Tuesday.",
        0,
        dates=TUESDAY,
        predicate="put out",
    )
    assert date_conflict(a, b) is not None


def test_negating_another_predicate_is_no_negation_conflict() -> None:
    """ "is due on April 23" against "would not comment on its decisions"."""
    a = make_claim("a", "The bank's next decision is due on April 23.", 0, predicate="due")
    b = make_claim(
        "b", "The bank would not comment on its decisions.", 0, negated=True, predicate="comment"
    )
    assert negation_conflict(a, b) is None
    denied = make_claim(
        "c", "The bank's next decision is not due on April 23.", 0, negated=True, predicate="due"
    )
    assert negation_conflict(a, denied) is not None


def test_hedging_another_predicate_is_no_modality_conflict() -> None:
    a = make_claim(
        "a",
        "Minister Rendt will not withdraw the fuel tax.",
        0,
        modality=Modality.FUTURE,
        predicate="withdraw",
    )
    b = make_claim(
        "b",
        "Minister Rendt might review the fuel tax in the autumn.",
        0,
        modality=Modality.POSSIBLE,
        predicate="review",
    )
    assert modality_conflict(a, b) is None
    hedged = make_claim(
        "c",
        "Minister Rendt might withdraw the fuel tax.",
        0,
        modality=Modality.POSSIBLE,
        predicate="withdraw",
    )
    assert modality_conflict(a, hedged) is not None
