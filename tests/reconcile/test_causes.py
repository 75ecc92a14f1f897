"""Reports that give different causes of one thing conflict (a ``cause`` conflict).

"caused by a barge striking one of the piers", "caused by structural fatigue" and "the
cause of the collapse is not yet known" share little but the collapse: they are one
fact, and its causes disagree; a cause named after a report that said it was not known
updates that report.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from corrobora.model import ConflictKind, ConflictNature, FactStatus
from corrobora.reconcile.causes import cause_conflict, cause_of, same_thing_caused

from ..stories import fact_with, write_article
from .conftest import make_claim

BARGE = "The collapse was caused by a barge striking one of the piers, police said."
FATIGUE = "The collapse was caused by structural fatigue in the main girders, an engineer said."
UNKNOWN = "The cause of the collapse is not yet known, the fire brigade said."


def test_causes_are_read_in_their_common_wordings() -> None:
    barge = cause_of(make_claim("a", BARGE, 0))
    assert barge is not None
    assert barge.thing == {"collapse"} and "barge" in barge.because
    unknown = cause_of(make_claim("a", UNKNOWN, 0))
    assert unknown is not None and unknown.unknown
    active = cause_of(make_claim("a", "A barge strike caused the collapse, police said.", 0))
    assert active is not None and active.written == "A barge strike"
    unclear = cause_of(make_claim("a", "It was not clear what caused the crash.", 0))
    assert unclear is not None and unclear.unknown and unclear.thing == {"crash"}
    due = cause_of(make_claim("a", "The outage was due to a fault at a substation.", 0))
    assert due is not None and due.thing == {"outage"}


def test_no_cause_is_read_where_none_is_stated() -> None:
    assert cause_of(make_claim("a", "The storm caused widespread damage.", 0)) is None
    assert cause_of(make_claim("a", "The bridge collapsed on Tuesday.", 0)) is None
    denied = make_claim("a", "The collapse was not caused by a barge.", 0, negated=True)
    assert cause_of(denied) is None


def test_different_causes_of_one_thing_conflict() -> None:
    barge, fatigue = make_claim("a", BARGE, 0), make_claim("b", FATIGUE, 0)
    assert same_thing_caused(barge, fatigue)
    conflict = cause_conflict(barge, fatigue)
    assert conflict is not None
    assert conflict.kind is ConflictKind.CAUSE
    assert "barge striking" in conflict.detail and "structural fatigue" in conflict.detail


def test_one_cause_in_other_words_and_causes_of_different_things_do_not() -> None:
    fatigue = make_claim("a", FATIGUE, 0)
    metal = make_claim("b", "The collapse was blamed on metal fatigue, officials said.", 0)
    fire = make_claim("c", "The fire was started by a discarded cigarette.", 0)
    assert cause_conflict(fatigue, metal) is None
    assert not same_thing_caused(fatigue, fire)
    assert not same_thing_caused(fatigue, make_claim("a", UNKNOWN, 0))  # one article


def test_a_cause_named_after_it_was_unknown_is_an_update() -> None:
    unknown, barge = make_claim("a", UNKNOWN, 0), make_claim("b", BARGE, 0)
    published = {
        "a": datetime(2026, 3, 3, 8, tzinfo=UTC),
        "b": datetime(2026, 3, 3, 18, tzinfo=UTC),
    }
    later = cause_conflict(unknown, barge, published)
    assert later is not None and later.nature is ConflictNature.UPDATE
    same_time = cause_conflict(unknown, barge, {"a": published["a"], "b": published["a"]})
    assert same_time is not None and same_time.nature is ConflictNature.DISAGREEMENT


def test_a_disputed_cause_makes_one_conflicting_fact(tmp_path: Path) -> None:
    for name, outlet, hour, opening, cause in (
        (
            "a.txt",
            "Estrovia Press Agency",
            "09",
            "The Saltbeck Bridge over the Velt river collapsed at Carrowmere on Tuesday "
            "morning, killing three people.",
            UNKNOWN,
        ),
        (
            "b.txt",
            "Valden Herald",
            "12",
            "Three people died when the Saltbeck Bridge fell into the Velt river at "
            "Carrowmere on Tuesday, officials said.",
            FATIGUE,
        ),
        (
            "c.txt",
            "Riverside Daily",
            "13",
            "Three people were killed as the Saltbeck Bridge came down into the Velt river "
            "at Carrowmere on Tuesday morning.",
            BARGE,
        ),
    ):
        write_article(
            tmp_path,
            name,
            outlet,
            f"2026-03-03T{hour}:00:00+00:00",
            f"{opening}\n\n{cause}",
            title="Saltbeck Bridge collapse kills three",
        )
    fact = fact_with(tmp_path, "barge striking")
    assert len(fact.support) == 3
    causes = {c.nature for c in fact.conflicts if c.kind is ConflictKind.CAUSE}
    assert causes == {ConflictNature.DISAGREEMENT, ConflictNature.UPDATE}
    assert fact.status is FactStatus.CONFLICTING
