"""One act dated on different days in two verbs, and what documents show (review 19)."""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind

from .stories import fact_with, write_article

_TITLE = "Health minister under pressure over hospital contract"


def test_one_act_dated_apart_in_two_verbs_is_a_date_conflict(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Ardel Herald", "2027-03-09T06:30:00Z",
        "The memos show that Mr Brenning was briefed on the hospital contract on "
        "September 3.", title=_TITLE,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Kessing Radio", "2027-03-09T12:00:00Z",
        "Ministry officials told Kessing Radio that Mr Brenning learned of the hospital "
        "contract on October 20.", title=_TITLE,
    )  # fmt: skip
    fact = fact_with(tmp_path, "learned of")
    assert [c.kind for c in fact.conflicts] == [ConflictKind.DATE]


def test_two_acts_of_one_person_on_two_days_are_no_date_conflict(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Ardel Herald", "2027-03-09T06:30:00Z",
        "Mr Brenning signed the hospital contract on September 3.", title=_TITLE,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Kessing Radio", "2027-03-09T12:00:00Z",
        "Mr Brenning learned of the hospital contract on October 20.", title=_TITLE,
    )  # fmt: skip
    fact = fact_with(tmp_path, "learned of")
    assert not [c for c in fact.conflicts if c.kind is ConflictKind.DATE]


def test_one_departure_timed_apart_is_a_conflict_beside_other_sentences(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Ardel Herald", "2027-06-01T12:00:00Z",
        "The ferry Marla Bay sank in a storm off Kessing Head on Tuesday morning. The ferry "
        "had left Tarnby at 5:40 a.m. on Tuesday, bound for Holm Island. Fishing boats from "
        "Tarnby joined the search on Tuesday.", title="Ferry sinks off Kessing Head",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Kessing Radio", "2027-06-01T13:00:00Z",
        "The ferry Marla Bay sank in a storm off Kessing Head on Tuesday. The Marla Bay left "
        "Tarnby at 7:10 a.m. on Tuesday, later than scheduled, and sank less than an hour "
        "later in heavy seas. Relatives waited in Tarnby on Tuesday night.",
        title="Ferry sinks off Kessing Head",
    )  # fmt: skip
    fact = fact_with(tmp_path, "at 5:40 a.m.")
    assert [c.kind for c in fact.conflicts] == [ConflictKind.NUMBER]
