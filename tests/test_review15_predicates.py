"""Verbs of one finding or one change, counts of a finished period, parts of a count (review 15).

"was seen" and "found no" state one thing of what was found; "may lower" and "cuts"
one change; a count "over six years" does not grow between reports; "four of them
critically" is a part of the count before it, not the count.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from corrobora.model import (
    Conflict,
    ConflictKind,
    ConflictNature,
    FactStatus,
    Modality,
    Quantity,
    Span,
)
from corrobora.reconcile.conflicts import modality_conflict, negation_conflict, number_conflict
from corrobora.reconcile.figures import PART, claim_figures
from corrobora.reconcile.updates import with_timeline

from .reconcile.conftest import make_claim
from .stories import fact_with, write_article

TITLE = "Orlen study links cycling to better sleep"


def _story(folder: Path, first: str, second: str, *, later: str = "2026-11-05T18:05:00Z") -> None:
    write_article(folder, "a.txt", "Harbour Gazette", "2026-11-04T13:40:00Z", first, title=TITLE)
    write_article(folder, "b.txt", "Valley Herald", later, second, title=TITLE)


OBSERVED = "The effect was also observed among volunteers who worked night shifts."
FOUND_NO = "The scientists found no effect among volunteers who worked night shifts."


def test_verbs_of_finding_are_one_predicate_for_a_denial() -> None:
    observed = make_claim("a", OBSERVED, 0, predicate="observe")
    found_no = make_claim("b", FOUND_NO, 0, negated=True, predicate="find")
    conflict = negation_conflict(observed, found_no)
    assert conflict is not None and conflict.kind is ConflictKind.NEGATION
    seen = make_claim("a", OBSERVED.replace("observed", "seen"), 0, predicate="see")
    assert negation_conflict(seen, found_no) is not None


def test_a_finding_denied_in_another_verb_is_a_negation_conflict(tmp_path: Path) -> None:
    opening = "Adults who cycle to work sleep longer, a study from the Orlen Institute found."
    _story(
        tmp_path,
        f"{opening} The benefit was also seen among volunteers who worked night shifts.",
        f"{opening} The scientists found no benefit among volunteers who worked night shifts.",
        later="2026-11-04T18:05:00Z",
    )
    fact = fact_with(tmp_path, "night shifts")
    assert [c for c in fact.conflicts if c.kind is ConflictKind.NEGATION]
    assert fact.status is FactStatus.CONFLICTING


def test_verbs_of_one_change_are_one_predicate_for_a_hedge() -> None:
    for hedged, firm, verbs in (
        ("may lower blood pressure", "cuts blood pressure", ("lower", "cut")),
        ("could decrease the risk", "lessens the risk", ("decrease", "lessen")),
        ("might boost demand", "raises demand", ("boost", "raise")),
    ):
        soft = make_claim("a", f"The supplement {hedged}.", 0, modality=Modality.POSSIBLE,
                          predicate=verbs[0])  # fmt: skip
        sure = make_claim("b", f"The supplement {firm}.", 0, predicate=verbs[1])
        conflict = modality_conflict(soft, sure)
        assert conflict is not None and conflict.kind is ConflictKind.MODALITY, verbs
    other = make_claim("b", "The supplement raises blood pressure.", 0, predicate="raise")
    soft = make_claim("a", "The supplement may lower blood pressure.", 0,
                      modality=Modality.POSSIBLE, predicate="lower")  # fmt: skip
    assert modality_conflict(soft, other) is None


def test_a_hedged_change_stated_firmly_in_another_verb_is_listed(tmp_path: Path) -> None:
    _story(
        tmp_path,
        "Cycling to work may lower the risk of insomnia, researchers at the Orlen Institute "
        "said on Wednesday.",
        "Cycling to work cuts the risk of insomnia, researchers at the Orlen Institute said.",
    )
    fact = fact_with(tmp_path, "risk of insomnia")
    assert [c for c in fact.conflicts if c.kind is ConflictKind.MODALITY]


_PUBLISHED = {
    "a": datetime(2026, 11, 4, 13, 40, tzinfo=UTC),
    "b": datetime(2026, 11, 5, 18, 5, tzinfo=UTC),
}


def _timed(first: str, second: str) -> Conflict:
    """The number conflict of two counts of cases, a day apart, as the timeline reads it."""
    a = make_claim("a", first, 0, numbers=((412.0, "case"),))
    b = make_claim("b", second, 0, numbers=((468.0, "case"),))
    conflict = number_conflict(a, b)
    assert conflict is not None
    return with_timeline(conflict, a, b, _PUBLISHED)


def test_a_count_of_a_finished_period_is_no_running_count() -> None:
    for period in ("Over six years", "During the trial", "In 2024", "Last year"):
        conflict = _timed(f"{period}, 412 cases of insomnia were recorded.",
                          f"{period}, 468 cases of insomnia were recorded.")  # fmt: skip
        assert conflict.nature is ConflictNature.DISAGREEMENT, period
    going_on = _timed("In 2026, 412 cases of flu have been recorded so far.",
                      "In 2026, 468 cases of flu have been recorded so far.")  # fmt: skip
    assert going_on.nature is ConflictNature.UPDATE
    recent = _timed("Over the past six days, 412 cases of flu were recorded.",
                    "Over the past six days, 468 cases of flu were recorded.")  # fmt: skip
    assert recent.nature is ConflictNature.UPDATE


def test_a_study_count_reported_differently_a_day_later_conflicts(tmp_path: Path) -> None:
    opening = "Adults who cycle to work sleep longer, a study from the Orlen Institute found."
    _story(
        tmp_path,
        f"{opening} Over six years, 412 new cases of insomnia were recorded.",
        f"{opening} Over six years, 468 new cases of insomnia were recorded.",
    )
    fact = fact_with(tmp_path, "cases of insomnia")
    (conflict,) = [c for c in fact.conflicts if c.kind is ConflictKind.NUMBER]
    assert conflict.nature is ConflictNature.DISAGREEMENT
    assert fact.status is FactStatus.CONFLICTING


def test_a_part_of_a_count_is_no_count_of_the_whole(tmp_path: Path) -> None:
    opening = "A tram left the tracks in central Orlen on Monday morning."
    write_article(
        tmp_path, "a.txt", "Harbour Gazette", "2026-11-16T09:10:00Z",
        f"{opening} Nine people were hurt, four of them critically, a spokesman for Orlen "
        "City Hospital said.", title="Tram derails in Orlen",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Valley Herald", "2026-11-17T07:30:00Z",
        f"{opening} Fourteen people were hurt, five of whom are still being treated, the "
        "transit authority said.", title="Tram derails in Orlen",
    )  # fmt: skip
    fact = fact_with(tmp_path, "people were hurt")
    (conflict,) = [c for c in fact.conflicts if c.kind is ConflictKind.NUMBER]
    assert conflict.nature is ConflictNature.UPDATE
    assert conflict.detail == "9 people, later 14 people"


def test_a_part_counts_what_its_whole_counts_in_a_role_of_its_own() -> None:
    text = "Nine people were hurt, four of them critically, the hospital said."
    claim = make_claim("a", text, 0)
    nine = Quantity(Span(0, 4), "Nine", 9.0, "people")
    four = Quantity(Span(23, 27), "four", 4.0, "")
    whole, part = claim_figures(replace(claim, quantities=(nine, four)))
    assert whole.role == "" and whole.unit == "people"
    assert part.role == f"{PART} critically" and part.unit == "people"
