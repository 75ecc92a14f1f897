"""Counts of two acts or two states are no rival readings of one figure.

"twice admitted he lied" counts admissions and "lied three times to police" counts
lies; "one person is believed to have been arrested" counts the arrested, which "three
people were injured" does not.
"""

from __future__ import annotations

from corrobora.reconcile.conflicts import number_conflict
from corrobora.reconcile.figures import claim_figures, frequency_act, owners_meet, told_state

from .stories import figured_claim


def test_an_adverb_of_times_counts_the_verb_after_it() -> None:
    claim = figured_claim("a", "The driver then twice admitted he lied in his statement.")
    (quantity,) = claim.quantities
    assert frequency_act(claim, quantity) == frozenset({"admitt"})


def test_times_of_two_acts_are_not_weighed() -> None:
    admitted = claim_figures(figured_claim("a", "The driver twice admitted he lied in court."))
    lied = claim_figures(figured_claim("b", "The driver admitted he lied three times to police."))
    assert not owners_meet(admitted[0], lied[0])


def test_times_of_one_act_are_still_weighed() -> None:
    first = claim_figures(figured_claim("a", "The guard was shot 11 times by the raiders."))
    second = claim_figures(figured_claim("b", "The raiders hit the guard seven times."))
    assert owners_meet(first[0], second[0])


def test_a_state_told_at_second_hand_is_that_state() -> None:
    claim = figured_claim("a", "One man is believed to have been arrested after the march.")
    (quantity,) = claim.quantities
    assert told_state(claim, quantity) == "arrested"


def test_counts_of_two_acts_of_times_make_no_conflict() -> None:
    admitted = figured_claim("a", "The witness then twice admitted he lied in his testimony.")
    lied = figured_claim("b", "The witness admitted that he lied three times to police.")
    assert number_conflict(admitted, lied) is None


def test_counts_of_one_act_of_times_still_conflict() -> None:
    first = figured_claim("a", "The guard was shot 11 times by the raiders.")
    second = figured_claim("b", "The raiders shot the guard seven times.")
    assert number_conflict(first, second) is not None


def test_an_arrest_count_is_no_rival_of_an_injury_count() -> None:
    arrest = figured_claim("a", "One person is believed to have been arrested at the march.")
    other = figured_claim(
        "b",
        "The police said there was one arrest, with no injuries to police or civilians "
        "(the Gazette says three people were injured).",
    )
    assert number_conflict(arrest, other) is None
