"""Negation, modality and dates are weighed only between wordings of one predicate."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from corrobora import api
from corrobora.model import Modality
from corrobora.reconcile.conflicts import (
    date_conflict,
    modality_conflict,
    negation_conflict,
    number_conflict,
)
from corrobora.settings import ReconcileParams, Settings

from .conftest import make_claim

MONDAY = ((date(2026, 3, 16), date(2026, 3, 16)),)
TUESDAY = ((date(2026, 3, 17), date(2026, 3, 17)),)


def test_dates_of_two_predicates_date_two_events() -> None:
    """ "broke out on Monday" and "was put out on Tuesday" do not disagree."""
    a = make_claim(
        "a",
        "The fire at the Kestrel plant broke out on Monday.",
        0,
        dates=MONDAY,
        predicate="break out",
    )
    b = make_claim(
        "b",
        "The fire at the Kestrel plant was put out on Tuesday.",
        0,
        dates=TUESDAY,
        predicate="put out",
    )
    assert date_conflict(a, b) is None
    same = make_claim(
        "c",
        "The fire at the Kestrel plant broke out on Tuesday.",
        0,
        dates=TUESDAY,
        predicate="break out",
    )
    assert date_conflict(a, same) is not None


def test_a_predicate_among_the_other_wordings_words_dates_one_event() -> None:
    """ "marched on Saturday" against "a march ... on Friday": one march, two days."""
    a = make_claim(
        "a", "Thousands marched through Veldmark on Monday.", 0, dates=MONDAY, predicate="march"
    )
    b = make_claim(
        "b",
        "A march brought Veldmark to a standstill on Tuesday.",
        0,
        dates=TUESDAY,
        predicate="bring",
    )
    assert date_conflict(a, b) is not None


def test_a_claim_without_a_predicate_is_compared() -> None:
    a = make_claim("a", "Fire at the Kestrel plant on Monday", 0, dates=MONDAY)
    b = make_claim(
        "b",
        "The fire at the Kestrel plant was put out on Tuesday.",
        0,
        dates=TUESDAY,
        predicate="put out",
    )
    assert date_conflict(a, b) is not None


def test_negating_another_predicate_is_no_negation_conflict() -> None:
    """ "is due on April 23" against "would not comment on its decisions"."""
    a = make_claim("a", "The bank's next decision is due on April 23.", 0, predicate="due")
    b = make_claim(
        "b", "The bank would not comment on its decisions.", 0, negated=True, predicate="comment"
    )
    assert negation_conflict(a, b) is None
    denied = make_claim(
        "c", "The bank's next decision is not due on April 23.", 0, negated=True, predicate="due"
    )
    assert negation_conflict(a, denied) is not None


def test_hedging_another_predicate_is_no_modality_conflict() -> None:
    a = make_claim(
        "a",
        "Minister Rendt will not withdraw the fuel tax.",
        0,
        modality=Modality.FUTURE,
        predicate="withdraw",
    )
    b = make_claim(
        "b",
        "Minister Rendt might review the fuel tax in the autumn.",
        0,
        modality=Modality.POSSIBLE,
        predicate="review",
    )
    assert modality_conflict(a, b) is None
    hedged = make_claim(
        "c",
        "Minister Rendt might withdraw the fuel tax.",
        0,
        modality=Modality.POSSIBLE,
        predicate="withdraw",
    )
    assert modality_conflict(a, hedged) is not None


def _story_conflicts(folder: Path, texts: dict[str, tuple[str, str]]) -> list[str]:
    for name, (outlet, body) in texts.items():
        (folder / name).write_text(
            f"Title: Leak at Ostmark\nOutlet: {outlet}\nDate: 2026-05-12\n\n{body}\n",
            encoding="utf-8",
        )
    settings = Settings(reconcile=ReconcileParams(embeddings="none"))
    (report,) = api.compare([folder], settings).reports
    return [str(c.kind) for f in report.reconciliation.facts for c in f.conflicts]


def test_a_part_split_off_a_sentence_is_weighed_by_its_verb(tmp_path: Path) -> None:
    """Sending a team to measure chlorine "in the air and in the river" is not denied by
    "found no chlorine in the river"."""
    lead = "A chlorine leak at the Ostmark Chemicals plant in Dravik killed three people."
    conflicts = _story_conflicts(
        tmp_path,
        {
            "a.txt": (
                "Continental Press Agency",
                f"{lead} The Keldonian Environment Agency said it had sent a team to measure "
                "chlorine levels in the air and in the Vessa river, which runs past the plant.",
            ),
            "b.txt": (
                "Radio Dravik",
                f"{lead} The Keldonian Environment Agency said it had found no chlorine in "
                "the Vessa river, which runs past the plant.",
            ),
        },
    )
    assert "negation" not in conflicts


def test_opposite_predicates_are_a_negation_conflict() -> None:
    """ "passed the bill" against "rejected the bill"; "did not pass" agrees."""
    passed = make_claim(
        "a", "Lawmakers passed the housing bill by 214 votes to 198.", 0, predicate="pass"
    )
    rejected = make_claim(
        "b", "The assembly rejected the housing bill by 214 votes to 198.", 0, predicate="reject"
    )
    failed = make_claim("c", "The housing bill did not pass.", 0, negated=True, predicate="pass")
    conflict = negation_conflict(passed, rejected)
    assert conflict is not None and "'pass' against 'reject'" in conflict.detail
    assert negation_conflict(failed, rejected) is None


def test_verbs_of_one_act_are_one_predicate() -> None:
    """ "will begin on March 3" against "will start on March 4" disagree on the date."""
    begin = make_claim("a", "The recall will begin on Monday.", 0, dates=MONDAY, predicate="begin")
    start = make_claim(
        "b", "The recall will start on Tuesday.", 0, dates=TUESDAY, predicate="start"
    )
    assert date_conflict(begin, start) is not None


def test_a_further_step_is_another_event() -> None:
    """ "fell 3.1 percent on Monday" and "fell a further 1.8 percent on Tuesday"."""
    first = make_claim(
        "a",
        "Torvik shares fell 3.1 percent on Monday.",
        0,
        dates=MONDAY,
        numbers=((3.1, "%"),),
        predicate="fall",
    )
    further = make_claim(
        "b",
        "Torvik shares fell a further 1.8 percent on Tuesday.",
        0,
        dates=TUESDAY,
        numbers=((1.8, "%"),),
        predicate="fall",
    )
    assert date_conflict(first, further) is None
    assert number_conflict(first, further) is None
