"""A denial in a verb of denying is no support of the charge, an inquiry is no cause.

"A woman has denied fraud" is the other side of "a woman has been charged with fraud",
never its support; "an inquiry into the cause of the flood was under way" and
"inquiries into what caused the flood are continuing" name no cause, so they are no
rival causes.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind
from corrobora.reconcile.acts import denial_verb_and_other_act
from corrobora.reconcile.causes import cause_conflict, cause_of

from .reconcile.conftest import make_claim
from .stories import story_facts, write_article


def test_a_denied_charge_is_no_support_of_the_charge(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Post",
        "2026-03-02T10:00:00",
        "A woman has been charged with fraud after a raid on the Marlow Street bakery in Tolby.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Valley Courier",
        "2026-03-03T10:00:00",
        "A woman has denied fraud following a raid on a Tolby bakery early on Sunday.",
    )
    for fact in story_facts(tmp_path):
        texts = " ".join(s.text for s in fact.support)
        assert not ("charged with fraud" in texts and "denied fraud" in texts)


def test_a_denial_verb_and_another_act_are_two_acts() -> None:
    charged = make_claim(
        "a", "A woman has been charged with fraud in Tolby.", 0, predicate="charge"
    )
    denied = make_claim("b", "A woman has denied fraud in Tolby.", 0, predicate="deny")
    rejected = make_claim("c", "A woman has rejected the fraud claim.", 0, predicate="reject")
    assert denial_verb_and_other_act(charged, denied)
    assert denial_verb_and_other_act(denied, charged)
    assert not denial_verb_and_other_act(denied, rejected)


UNDER_WAY = (
    "Crews were damping down hotspots and an inquiry into the cause of the flood was under way."
)
ONGOING = "Inquiries into what caused the flood are continuing."


def test_a_state_of_an_inquiry_is_no_cause() -> None:
    assert cause_of(make_claim("a", UNDER_WAY, 0)) is None
    assert cause_of(make_claim("b", ONGOING, 0)) is None


def test_an_inquiry_under_way_is_no_cause_conflict() -> None:
    first, second = make_claim("a", UNDER_WAY, 0), make_claim("b", ONGOING, 0)
    assert cause_conflict(first, second) is None


def test_a_named_cause_is_still_read() -> None:
    named = make_claim("a", "The cause of the flood was a burst water main.", 0)
    blamed = make_claim("b", "Vandals caused the flood.", 0)
    found = cause_of(named)
    assert found is not None and "main" in found.because
    found = cause_of(blamed)
    assert found is not None and "vandal" in found.because
    conflict = cause_conflict(named, blamed)
    assert conflict is not None and conflict.kind is ConflictKind.CAUSE
