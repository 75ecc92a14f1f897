"""A denial about another person than the statement it seems to deny.

"but they have not made him an offer", "him" a pitcher named earlier in the sentence,
says nothing of the offer another article says the club made to a different player:
the pronoun stands for the person named before it, and a denial about someone else is
no negation conflict.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from corrobora.model import ConflictKind
from corrobora.reconcile.conflicts import negation_conflict

from .reconcile.conftest import make_claim, terms_of
from .stories import story_facts, write_article


def _negations(folder: Path) -> list[str]:
    return [
        c.detail
        for fact in story_facts(folder)
        for c in fact.conflicts
        if c.kind is ConflictKind.NEGATION
    ]


def test_a_denied_offer_to_another_player_is_no_conflict(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Sports",
        "2026-05-03T10:00:00",
        "Ravi Talwen reports that the Port Arro Gulls have made an offer to free agent "
        "Ismo Kettunen.\nThe offer is believed to be for at least six years.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coast Daily",
        "2026-05-03T12:00:00",
        "The Port Arro Gulls made a six-year offer to free agent Ismo Kettunen worth "
        "$90 million.\nDalby also represents free-agent pitcher Oren Vask, who also is of "
        "interest to the Gulls, but they have not made him an offer.",
    )
    assert _negations(tmp_path) == []


def test_a_denial_of_the_named_persons_act_still_conflicts() -> None:
    made = make_claim(
        "a",
        "The Port Arro Gulls made an offer to Ismo Kettunen.",
        0,
        entities=("port arro gulls", "ismo kettunen"),
        predicate="make",
    )
    denied = make_claim(
        "b",
        "The Port Arro Gulls have not made Ismo Kettunen an offer.",
        0,
        entities=("port arro gulls", "ismo kettunen"),
        negated=True,
        predicate="make",
    )
    assert negation_conflict(made, denied) is not None


def test_a_pronoun_standing_for_someone_else_denies_nothing_of_the_named() -> None:
    made = make_claim(
        "a",
        "The Port Arro Gulls made an offer to Ismo Kettunen.",
        0,
        entities=("port arro gulls", "ismo kettunen"),
        predicate="make",
    )
    denied = make_claim("b", "they have not made him an offer", 0, negated=True, predicate="make")
    denied = replace(
        denied, entity_keys=("oren vask",), terms=(*terms_of("Oren Vask"), *denied.terms)
    )
    assert negation_conflict(made, denied) is None
