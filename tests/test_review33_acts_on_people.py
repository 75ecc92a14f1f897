"""One act done to two different named people is two facts."""

from __future__ import annotations

from corrobora.reconcile import two_acts

from .reconcile.conftest import make_claim

_PEOPLE = frozenset({"ames rudd", "tobin marsh", "lena ober"})


def test_one_act_done_to_two_players_is_two_acts() -> None:
    rudd = make_claim(
        "a", "Ames Rudd was placed on injured reserve on Wednesday.", 0,
        entities=("ames rudd",), predicate="place",
    )  # fmt: skip
    marsh = make_claim(
        "b", "The Hawks placed rookie Tobin Marsh on injured reserve Tuesday.", 0,
        entities=("hawks", "tobin marsh"), predicate="place",
    )  # fmt: skip
    rudd_again = make_claim(
        "c", "The Hawks placed Ames Rudd on injured reserve.", 0,
        entities=("hawks", "ames rudd"), predicate="place",
    )  # fmt: skip
    assert two_acts(rudd, marsh, people=_PEOPLE)
    assert not two_acts(rudd, rudd_again, people=_PEOPLE)


def test_two_doers_of_one_act_are_left_to_the_conflicts() -> None:
    rudd = make_claim(
        "a", "Ames Rudd scored the winning goal.", 0, entities=("ames rudd",),
        predicate="score",
    )  # fmt: skip
    ober = make_claim(
        "b", "Lena Ober scored the winning goal.", 0, entities=("lena ober",),
        predicate="score",
    )  # fmt: skip
    assert not two_acts(rudd, ober, people=_PEOPLE)
