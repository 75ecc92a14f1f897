"""Counts rising within a day, the last time before, and a denial both wordings share
(review 21)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from corrobora.model import ConflictKind, ConflictNature, DateMention, Span
from corrobora.reconcile.conflicts import date_conflict, negation_conflict

from .reconcile.conftest import make_claim
from .stories import story_facts, write_article

MONDAY = date(2027, 5, 3)

_TITLE = "Mount Tarrin erupts"


def _story(tmp_path: Path, first: str, second: str, *, later: str) -> list:
    write_article(tmp_path, "a.txt", "Ardel Herald", "2027-05-03T08:45:00Z", first, title=_TITLE)
    write_article(tmp_path, "b.txt", "Kessing Radio", later, second, title=_TITLE)
    return [c for f in story_facts(tmp_path) for c in f.conflicts]


def test_counts_given_as_rising_or_to_date_the_same_day_are_updates(tmp_path: Path) -> None:
    conflicts = _story(
        tmp_path,
        "Mount Tarrin erupted on Monday. The civil defence office said the number of people "
        "evacuated had risen to 1,900. Holm airport said 70 flights had been cancelled.",
        "Mount Tarrin erupted on Monday. The civil defence office said 2,700 people had now "
        "been evacuated. Holm airport said 85 flights had been cancelled in total since "
        "Monday.",
        later="2027-05-03T18:00:00Z",
    )
    numbers = [(c.nature, c.detail) for c in conflicts if c.kind is ConflictKind.NUMBER]
    assert sorted(numbers) == [
        (ConflictNature.UPDATE, "1,900 people, later 2,700 people"),
        (ConflictNature.UPDATE, "70 flight, later 85 flight"),
    ]


def test_the_last_time_before_dates_no_event_of_the_report() -> None:
    now = make_claim("a", "Mount Tarrin erupted on Monday.", 0, predicate="erupt")
    monday = now.text.index("Monday")
    now = replace(now, dates=(DateMention(Span(monday, monday + 6), "Monday", MONDAY, MONDAY),))
    before = make_claim("b", "Mount Tarrin last erupted in 1979.", 0, predicate="erupt")
    year = before.text.index("1979")
    before = replace(
        before,
        dates=(DateMention(Span(year, year + 4), "1979", date(1979, 1, 1), date(1979, 12, 31)),),
    )
    assert date_conflict(now, before) is None
    again = replace(before, text="Mount Tarrin erupted in 1979.", dates=(
        DateMention(Span(21, 25), "1979", date(1979, 1, 1), date(1979, 12, 31)),
    ))  # fmt: skip
    assert date_conflict(now, again) is not None


def test_a_denial_both_wordings_make_is_no_negation_conflict(tmp_path: Path) -> None:
    conflicts = _story(
        tmp_path,
        '"The magma chamber is still refilling, and we cannot rule out a larger blast in '
        'the coming days," Dr. Ines Varga told the Herald.',
        '"We cannot rule out a larger blast," said Dr. Ines Varga, a volcanologist.',
        later="2027-05-03T12:00:00Z",
    )
    assert not [c for c in conflicts if c.kind is ConflictKind.NEGATION]


def test_an_act_going_on_has_no_rival_day(tmp_path: Path) -> None:
    conflicts = _story(
        tmp_path,
        "Mount Tarrin erupted on Monday, the Ardel Geological Institute said.",
        "Mount Tarrin kept erupting on Tuesday, the Ardel Geological Institute said.",
        later="2027-05-04T12:00:00Z",
    )
    assert not [c for c in conflicts if c.kind is ConflictKind.DATE]


def test_raising_and_lowering_one_level_are_opposites() -> None:
    raised = make_claim("a", "The institute raised the alert level.", 0, predicate="raise")
    lowered = make_claim("b", "The institute lowered the alert level.", 0, predicate="lower")
    conflict = negation_conflict(raised, lowered)
    assert conflict is not None and conflict.kind is ConflictKind.NEGATION
