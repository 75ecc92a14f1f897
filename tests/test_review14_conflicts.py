"""Election counts (review 14): records, existentials and offices.

A year after "since" in a record and the year of an earlier figure date no event of
the claim; "there had been no faults" denies what "faults had been found" asserts; one
office given to two people is an entity conflict.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from corrobora.model import Attribution, Claim, ConflictKind, FactStatus, SourceKind, Span
from corrobora.reconcile.conflicts import date_conflict, negation_conflict
from corrobora.reconcile.roles import role_conflict, speaker_role

from .reconcile.conftest import make_claim
from .stories import dated_claim, fact_with, write_article

OPENING_A = "Petra Lunde won the vote for mayor of Askerholm by a wide margin."
OPENING_B = "Lunde beat Jonas Ekdal in Sunday's mayoral election in Askerholm."


def _year(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def test_a_record_since_a_year_dates_no_event() -> None:
    earlier = dated_claim(
        "a", "Attendance was 48.2 percent, up from 44.9 percent at the last vote in 2021.",
        "2021", *_year(2021), predicate="percent",
    )  # fmt: skip
    record = dated_claim(
        "b", "Attendance was 48.2 percent, the lowest for a mayoral vote since 2005.",
        "2005", *_year(2005), predicate="percent",
    )  # fmt: skip
    assert date_conflict(earlier, record) is None
    first = dated_claim(
        "c", "Attendance was 48.2 percent, the first time since 2009 it fell below half.",
        "2009", *_year(2009), predicate="percent",
    )  # fmt: skip
    assert date_conflict(first, record) is None


def test_a_date_of_the_event_still_conflicts() -> None:
    held = dated_claim("a", "The vote was held in 2021.", "2021", *_year(2021), "hold")
    other = dated_claim("b", "The vote was held in 2005.", "2005", *_year(2005), "hold")
    assert date_conflict(held, other) is not None
    since = dated_claim("c", "The office has been closed since 2005.", "2005", *_year(2005))
    assert date_conflict(held, replace(since, predicate="hold")) is not None


def test_there_was_no_fault_denies_a_fault_found() -> None:
    none = make_claim(
        "a", "Clerk Ola Brandt said there had been no faults at any counting centre.", 0,
        negated=True, predicate="fault",
    )  # fmt: skip
    found = make_claim(
        "b", "Clerk Ola Brandt said faults had been found at three counting centres.", 0,
        predicate="find",
    )  # fmt: skip
    conflict = negation_conflict(none, found)
    assert conflict is not None and conflict.kind is ConflictKind.NEGATION
    were = make_claim("a", "There were faults at three counting centres.", 0, predicate="fault")
    not_found = make_claim(
        "b", "No faults were found at the counting centres.", 0, negated=True, predicate="find"
    )
    assert negation_conflict(were, not_found) is not None


def test_a_finding_of_something_else_is_no_denial() -> None:
    none = make_claim(
        "a", "There had been no faults at any counting centre.", 0, negated=True, predicate="fault"
    )
    found = make_claim("b", "Ballots had been found in a van.", 0, predicate="find")
    assert negation_conflict(none, found) is None
    opened = make_claim("b", "Faults had been fixed at three centres.", 0, predicate="fix")
    assert negation_conflict(none, opened) is None


def _credited(article_id: str, text: str, name: str) -> Claim:
    """A claim of ``text`` credited to the person ``name``, named in it."""
    claim = make_claim(article_id, text, 0)
    at = text.index(name)
    credit = Attribution(
        article_id, Span(at, at + len(name)), Span(0, at), name, name.lower(),
        SourceKind.PERSON, "say",
    )  # fmt: skip
    return replace(claim, attribution=credit)


def test_an_office_is_read_beside_the_name() -> None:
    claim = _credited("a", "Attendance was 48.2 percent, chief returning officer Ola Brandt said.",
                      "Ola Brandt")  # fmt: skip
    assert speaker_role(claim) == "chief returning officer"
    mayor = _credited("a", "The town's mayor Ola Brandt said the count was over.", "Ola Brandt")
    assert speaker_role(mayor) == "town's mayor"
    after = _credited("a", "Ola Brandt, the returning officer, said so.", "Ola Brandt")
    assert speaker_role(after) == "returning officer"


def test_one_office_given_to_two_people_conflicts() -> None:
    a = _credited("a", "Attendance was 48.2 percent, returning officer Ola Brandt said.",
                  "Ola Brandt")  # fmt: skip
    b = _credited("b", "Attendance was 48.2 percent, returning officer Sara Holm said.",
                  "Sara Holm")  # fmt: skip
    conflict = role_conflict(a, b, {})
    assert conflict is not None and conflict.kind is ConflictKind.ENTITY
    assert "Ola Brandt" in conflict.detail and "Sara Holm" in conflict.detail
    surname = _credited("b", "Attendance was 48.2 percent, returning officer Brandt said.",
                        "Brandt")  # fmt: skip
    assert role_conflict(a, surname, {}) is None


def test_one_title_of_two_people_both_named_is_no_rivalry() -> None:
    """Two presidents at a summit, two merging companies' chief executives."""
    a = _credited("a", "The talks were constructive, President Ola Brandt said.", "Ola Brandt")
    b = _credited("b", "The talks were constructive, President Sara Holm said.", "Sara Holm")
    assert role_conflict(a, b, {}) is not None
    both = {"a": {"ola brandt", "holm"}, "b": {"sara holm"}}
    assert role_conflict(a, b, both) is None


def test_offices_held_by_many_are_no_rivals() -> None:
    pairs = (
        ("a police officer Ola Brandt said", "a police officer Sara Holm said"),
        ("police officer Ola Brandt said", "police officer Sara Holm said"),
        ("deputy mayor Ola Brandt said", "deputy mayor Sara Holm said"),
        ("a spokesman Ola Brandt said", "a spokesman Sara Holm said"),
        ("returning officer Ola Brandt said", "the town's mayor Sara Holm said"),
    )
    for left, right in pairs:
        a = _credited("a", f"Attendance was 48.2 percent, {left}.", "Ola Brandt")
        b = _credited("b", f"Attendance was 48.2 percent, {right}.", "Sara Holm")
        assert role_conflict(a, b, {}) is None, (left, right)


def _count(folder: Path, first: str, second: str) -> None:
    write_article(
        folder, "a.txt", "Askerholm Post", "2026-09-14T09:00:00+02:00",
        f"{OPENING_A}\n\n{first}", title="Askerholm mayoral count",
    )  # fmt: skip
    write_article(
        folder, "b.txt", "Fjordland Gazette", "2026-09-14T12:00:00+02:00",
        f"{OPENING_B}\n\n{second}", title="Askerholm mayoral count",
    )  # fmt: skip


def test_a_record_and_an_earlier_figure_agree_on_attendance(tmp_path: Path) -> None:
    _count(
        tmp_path,
        "Attendance was 48.2 percent, up from 44.9 percent at the last mayoral vote in 2021.",
        "Attendance was 48.2 percent, the lowest for a mayoral vote since 2005.",
    )
    fact = fact_with(tmp_path, "lowest")
    assert not [c for c in fact.conflicts if c.kind is ConflictKind.DATE]
    assert fact.status is FactStatus.CORROBORATED


def test_no_faults_against_faults_found_is_a_negation(tmp_path: Path) -> None:
    _count(
        tmp_path,
        "Election clerk Ola Brandt said there had been no faults at any counting centre.",
        "Election clerk Ola Brandt said faults had been found at three counting centres.",
    )
    fact = fact_with(tmp_path, "three counting centres")
    assert [c for c in fact.conflicts if c.kind is ConflictKind.NEGATION]
    assert fact.status is FactStatus.CONFLICTING


def test_two_returning_officers_are_an_entity_conflict(tmp_path: Path) -> None:
    _count(
        tmp_path,
        "Attendance was 48.2 percent, returning officer Ola Brandt said.",
        "Attendance was 48.2 percent, returning officer Sara Holm said.",
    )
    fact = fact_with(tmp_path, "Sara Holm")
    assert [c for c in fact.conflicts if c.kind is ConflictKind.ENTITY]
    assert fact.status is FactStatus.CONFLICTING
