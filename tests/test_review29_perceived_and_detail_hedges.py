""" "Could be seen" is no hedge, nor is a hedge on one item of a list.

"Flames could be seen coming out from under the eaves" states the flames as firmly as
"flames were coming out from under the eaves": "could" with a verb of perception tells
what there was to perceive. "Five women and possibly two children were inside" hedges
the children, not that the women were inside. A hedge of the statement itself ("the
fire could have been set", "possibly set") still is one.
"""

from __future__ import annotations

from corrobora.model import ConflictKind, Modality
from corrobora.reconcile.conflicts import modality_conflict

from .reconcile.conftest import make_claim


def test_flames_that_could_be_seen_are_no_hedge() -> None:
    a = make_claim("a", "Flames were seen coming out from under the eaves.", 0, predicate="see")
    b = make_claim(
        "b", "When crews arrived, flames could be seen coming out from under the eaves.", 0,
        predicate="see", modality=Modality.POSSIBLE,
    )  # fmt: skip
    assert modality_conflict(a, b) is None


def test_a_hedge_on_one_item_of_a_list_is_no_hedge_of_the_statement() -> None:
    a = make_claim("a", "Five women were inside the hall at the time.", 0, predicate="be")
    b = make_claim(
        "b", "Five women and possibly two children were inside the hall.", 0,
        predicate="be", modality=Modality.POSSIBLE,
    )  # fmt: skip
    assert modality_conflict(a, b) is None


def test_a_hedged_cause_is_still_a_hedge() -> None:
    a = make_claim("a", "The fire was set by an arsonist.", 0, predicate="set")
    b = make_claim(
        "b", "The fire could have been set by an arsonist.", 0,
        predicate="set", modality=Modality.POSSIBLE,
    )  # fmt: skip
    conflict = modality_conflict(a, b)
    assert conflict is not None and conflict.kind is ConflictKind.MODALITY
