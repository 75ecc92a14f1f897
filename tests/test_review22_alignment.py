"""Alignment, denials and clauses found by review 22."""

from __future__ import annotations

from dataclasses import replace

from corrobora.align.apart import one_name_other_acts
from corrobora.reconcile.conflicts import negation_conflict

from .reconcile.conftest import make_claim


def test_one_shared_name_with_other_acts_is_two_facts() -> None:
    flown = make_claim(
        "a", "Five passengers confirmed that they had flown with Rell Air in the past year.",
        0, entities=("rell air",), predicate="fly",
    )  # fmt: skip
    told = make_claim(
        "b", "Nobody from Rell Air has told me anything.", 0, entities=("rell air",),
        predicate="tell",
    )  # fmt: skip
    assert one_name_other_acts(flown, told, {"@rell air"})


def test_a_shared_act_or_a_second_shared_term_leaves_the_pair_to_the_scores() -> None:
    hosts = make_claim(
        "a", "Mira Holm will host the Oscars.", 0, entities=("mira holm",), predicate="host"
    )
    emcee = make_claim(
        "b", "Mira Holm returns as Oscars emcee.", 0, entities=("mira holm",),
        predicate="return",
    )  # fmt: skip
    hosting = make_claim(
        "c", "Mira Holm is hosting again.", 0, entities=("mira holm",), predicate="host"
    )
    assert not one_name_other_acts(hosts, emcee, {"@mira holm", "@oscars"})
    assert not one_name_other_acts(hosts, hosting, {"@mira holm"})
    assert not one_name_other_acts(hosts, emcee, {"host"})  # a plain word, not a name


def test_a_denial_narrowed_by_a_modifier_conflicts_with_the_whole_phrase() -> None:
    denied = make_claim(
        "a", '"No payment card numbers were taken," the airline said.', 0, negated=True,
        predicate="take",
    )  # fmt: skip
    taken = make_claim(
        "b", "Full card numbers were stored in the same database and were taken.", 0,
        predicate="store",
    )  # fmt: skip
    crew = make_claim("c", "Crew data was taken.", 0, predicate="take")
    passengers = make_claim("d", "No passenger data was taken.", 0, negated=True, predicate="take")
    denied = replace(denied, terms=("payment", "card", "number", "take", "airline"))
    taken = replace(taken, terms=("full", "card", "number", "store", "database", "take"))
    assert negation_conflict(denied, taken) is not None
    assert negation_conflict(passengers, crew) is None  # the modifier is the difference


def test_an_emergency_landing_is_no_precautionary_one() -> None:
    airline = make_claim(
        "a", "The airline described the event as a precautionary landing.", 0,
        predicate="describe",
    )  # fmt: skip
    board = make_claim(
        "b", "The safety board described it as an emergency landing.", 0, predicate="describe"
    )
    airline = replace(airline, terms=("airline", "describe", "event", "precautionary", "landing"))
    board = replace(board, terms=("safety", "board", "describe", "emergency", "landing"))
    conflict = negation_conflict(airline, board)
    assert conflict is not None and "precautionary" in conflict.detail
