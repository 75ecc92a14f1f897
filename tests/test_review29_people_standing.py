"""People who tell a claim, or are named only as owners, are no rival answers in it.

"The fire ... has been labeled suspicious by Marcus Dorne" and "Alan Pruitt, pastor of
the chapel, estimates damages at $2 million" agree on the damage: the fire chief and
the pastor are two sources of it, not two answers to who did one thing. Nor is a
politician whose campaign a sentence mentions ("Nora Vance's campaign") a rival of
either. Two people who did one act in two reports still are.
"""

from __future__ import annotations

from corrobora.model import ConflictKind
from corrobora.reconcile.conflicts import entity_conflict

from .reconcile.conftest import make_claim

_KINDS = {"marcus dorne": "person", "alan pruitt": "person", "nora vance": "person"}
_LABELED = (
    "The fire, estimated to have caused $2 million in damages to the chapel, has been "
    'labeled "suspicious" by Marcus Dorne'
)
_ESTIMATED = "Alan Pruitt, pastor of the chapel, estimates damages at more than $2 million."
_MENTIONED = (
    "The mayor apologized in case the estimated $2 million fire damages were connected to "
    "the attention the chapel drew since her work on Nora Vance's campaign."
)


def _keys(*claims: object) -> dict[str, set[str]]:
    return {c.article_id: set(c.entity_keys) for c in claims}  # type: ignore[attr-defined]


def test_two_sources_of_one_figure_are_no_rivals() -> None:
    a = make_claim("a", _LABELED, 0, entities=("marcus dorne",), predicate="label")
    b = make_claim("b", _ESTIMATED, 0, entities=("alan pruitt",), predicate="estimate")
    assert entity_conflict(a, b, _KINDS, _keys(a, b)) is None


def test_a_source_and_an_owner_mentioned_are_no_rivals() -> None:
    a = make_claim("a", _LABELED, 0, entities=("marcus dorne",), predicate="label")
    c = make_claim("c", _MENTIONED, 0, entities=("nora vance",), predicate="be")
    assert entity_conflict(a, c, _KINDS, _keys(a, c)) is None


def test_two_people_who_did_one_act_are_rivals() -> None:
    a = make_claim(
        "a", "The fire was set by Marcus Dorne on Friday.", 0,
        entities=("marcus dorne",), predicate="set",
    )  # fmt: skip
    b = make_claim(
        "b", "The fire was set by Alan Pruitt on Friday.", 0,
        entities=("alan pruitt",), predicate="set",
    )  # fmt: skip
    conflict = entity_conflict(a, b, _KINDS, _keys(a, b))
    assert conflict is not None and conflict.kind is ConflictKind.ENTITY
