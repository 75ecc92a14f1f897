"""Two people of one surname under two first names are two subjects.

"Defender Marek Holtz signed a three-year extension" and "Holtz (read as Anton Holtz)
is expected to sign a four-year contract" share a surname and most words, but tell of
two players: they are two acts, not one act whose figures disagree.
"""

from __future__ import annotations

from corrobora.reconcile.acts import (
    acts_of_namesakes,
    different_acts,
    same_act_of_other_subjects,
)

from .reconcile.conftest import make_claim


def test_two_first_names_of_one_surname_are_two_subjects() -> None:
    marek = make_claim(
        "a",
        "Defender Marek Holtz signed a three-year contract extension with Brannock.",
        0,
        entities=("marek holtz", "brannock"),
        numbers=((3, "year"),),
        predicate="sign",
    )
    anton = make_claim(
        "b",
        "Holtz is expected to sign a four-year contract.",
        0,
        entities=("anton holtz",),
        numbers=((4, "year"),),
        predicate="sign",
    )
    assert acts_of_namesakes(marek, anton)
    assert different_acts(marek, anton)


def test_an_initial_or_the_same_name_is_one_subject() -> None:
    full = make_claim(
        "a", "Anton Holtz signed a contract.", 0, entities=("anton holtz",), predicate="sign"
    )
    initial = make_claim(
        "b", "A. Holtz signed a contract.", 0, entities=("a holtz",), predicate="sign"
    )
    same = make_claim(
        "c", "Holtz signed a contract.", 0, entities=("anton holtz",), predicate="sign"
    )
    assert not acts_of_namesakes(full, initial)
    assert not acts_of_namesakes(full, same)


def test_one_act_of_two_namesakes_in_other_figures_is_two_acts() -> None:
    marek = make_claim(
        "a",
        "Defender Marek Holtz signed a three-year contract extension.",
        0,
        entities=("marek holtz",),
        numbers=((3, "year"),),
        predicate="sign",
    )
    anton = make_claim(
        "b",
        "Holtz signed a four-year contract on Wednesday.",
        0,
        entities=("anton holtz",),
        numbers=((4, "year"),),
        predicate="sign",
    )
    assert same_act_of_other_subjects(marek, anton)
