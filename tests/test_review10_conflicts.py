"""A recall "ordered by the regulator" is no "voluntary" one, and a correction notice
is no fact of the story (review 10)."""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind
from corrobora.reconcile.conflicts import negation_conflict
from corrobora.reconcile.predicates import quality_words

from .reconcile.conftest import make_claim
from .stories import story_facts, write_article


def test_an_imposed_act_is_the_opposite_of_a_voluntary_one() -> None:
    voluntary = make_claim("a", "The recall of 12 batches is voluntary, the company said.", 0)
    ordered = make_claim("b", "The recall of 12 batches was ordered by the regulator.", 0)
    conflict = negation_conflict(voluntary, ordered)
    assert conflict is not None and conflict.kind is ConflictKind.NEGATION
    assert "imposed" in conflict.detail


def test_an_order_as_a_noun_is_no_imposed_act() -> None:
    assert "imposed" not in quality_words((), "A voluntary evacuation order was issued.")
    assert "imposed" in quality_words((), "Residents were forced to leave their homes.")
    voluntary = make_claim("a", "The evacuation of the valley is voluntary.", 0)
    order = make_claim("b", "A voluntary evacuation order covers the valley.", 0)
    assert negation_conflict(voluntary, order) is None


def test_a_correction_notice_is_no_fact(tmp_path: Path) -> None:
    body = (
        "Halcyra Pharmaceuticals recalled 12 batches of its drug Normatel on Tuesday.\n\n"
        "About 48,000 patients take tablets from the affected batches, the company said."
    )
    write_article(tmp_path, "a.txt", "Pharma Ledger", "2026-04-14T10:00:00+02:00", body)
    write_article(
        tmp_path,
        "b.txt",
        "Capital Times",
        "2026-04-14T13:00:00+02:00",
        body + "\n\nCorrection: An earlier version of this article misstated the number of "
        "patients as 40,800.",
    )
    facts = story_facts(tmp_path)
    assert facts
    assert not any("Correction" in s.text for f in facts for s in f.support)
