"""Clock times and crew counts (review 15).

A clock time ("12:20 UTC", "2.20pm", "14:20 local time", "0920 GMT") is a figure of
minutes after midnight whose unit is its clock; it is weighed only against times of
the same clock, in a copy too. "five crew members" counts the crew, as "six crew" does.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from corrobora.extract.quantities import find_quantities
from corrobora.model import Claim, ConflictKind, ConflictNature
from corrobora.reconcile.conflicts import number_conflict
from corrobora.reconcile.figures import counts_things, is_money, unit_kind

from .reconcile.conftest import counted
from .stories import story_facts, text_article, write_article


def _read(text: str) -> dict[str, tuple[float, str]]:
    return {q.text: (q.value, q.unit) for q in find_quantities(text, text_article(text, "Wire"))}


def _timed(article_id: str, text: str) -> Claim:
    """A claim of ``text`` with the quantities found in it."""
    quantities = find_quantities(text, text_article(text, "Wire"))
    return replace(counted(article_id, text), quantities=quantities)


def _numbers(folder: Path) -> list[str]:
    return [
        c.detail for f in story_facts(folder) for c in f.conflicts if c.kind is ConflictKind.NUMBER
    ]


def test_clock_times_are_read_as_minutes_of_their_clock() -> None:
    text = (
        "The ferry left at 14:20 local time, or 2.20pm, docked at 2:20 p.m. and sailed "
        "again at 0920 GMT after a 7-2 vote on 9/11, a 2-1 score and a 3:1 ratio; the "
        "tug followed at 12:20 UTC."
    )
    assert _read(text) == {
        "14:20 local time": (860.0, "local time"),
        "2.20pm": (860.0, "local time"),
        "2:20 p.m.": (860.0, "local time"),
        "0920 GMT": (560.0, "UTC"),
        "7": (7.0, ""),
        "2": (2.0, ""),
        "1": (1.0, "score"),
        "12:20 UTC": (740.0, "UTC"),
    }


def test_a_clock_time_counts_nothing_and_is_no_money() -> None:
    for unit in ("UTC", "EST", "local time"):
        assert not counts_things(unit)
        assert not is_money(unit)
        assert unit_kind(unit) == unit


def test_times_of_one_clock_conflict_and_read_as_clock_times() -> None:
    first = _timed("a", "The ferry Ostmark docked at Talby at 12:20 UTC.")
    second = _timed("b", "The ferry Ostmark docked at Talby at 13:20 UTC.")
    conflict = number_conflict(first, second)
    assert conflict is not None
    assert conflict.detail == "12:20 UTC vs 13:20 UTC"
    local = _timed("c", "The ferry Ostmark docked at Talby at 4.05pm.")
    later = _timed("d", "The ferry Ostmark docked at Talby at 16:35 local time.")
    conflict = number_conflict(local, later)
    assert conflict is not None
    assert conflict.detail == "16:05 local time vs 16:35 local time"


def test_a_time_is_weighed_only_against_its_own_clock_and_hedges_widen_it() -> None:
    utc = _timed("a", "The ferry Ostmark docked at Talby at 12:20 UTC.")
    zoned = _timed("b", "The ferry Ostmark docked at Talby at 12:20 EST.")
    local = _timed("c", "The ferry Ostmark docked at Talby at 14:20 local time.")
    about = _timed("d", "The ferry Ostmark docked at Talby shortly after 12:30 UTC.")
    assert number_conflict(utc, zoned) is None
    assert number_conflict(utc, local) is None
    assert number_conflict(utc, about) is None
    hedged = number_conflict(
        _timed("e", "The ferry Ostmark docked at Talby at about 12:40 UTC."),
        _timed("f", "The ferry Ostmark docked at Talby at 12:00 UTC."),
    )
    assert hedged is not None


def _landing(folder: Path, first: str, second: str) -> None:
    for name, outlet, published, body in (
        ("a.txt", "Talby Wire", "2026-03-03T15:00:00Z", first),
        ("b.txt", "Harbour Gazette", "2026-03-04T09:00:00Z", second),
    ):
        write_article(folder, name, outlet, published, body, title="Ostmark ferry")


def test_two_reports_of_one_docking_conflict_on_its_time(tmp_path: Path) -> None:
    _landing(
        tmp_path,
        "The ferry Ostmark docked at Talby harbour at 12:20 UTC on Tuesday and moored "
        "beside the north pier.",
        "The ferry Ostmark berthed at Talby harbour at 13:20 UTC on Tuesday and moored "
        "beside the north pier, the port authority said.",
    )
    assert _numbers(tmp_path) == ["12:20 UTC vs 13:20 UTC"]


def test_a_copy_that_changes_the_time_conflicts_with_its_original(tmp_path: Path) -> None:
    sentence = (
        "The ferry Ostmark docked at Talby harbour at {} UTC on Tuesday and moored beside "
        "the north pier after a crossing from Vessby that the crew called calm"
    )
    _landing(
        tmp_path, sentence.format("12:20") + ".", sentence.format("13:20") + ", officials said."
    )
    assert _numbers(tmp_path) == ["12:20 UTC vs 13:20 UTC"]


def test_crew_members_count_the_crew(tmp_path: Path) -> None:
    _landing(
        tmp_path,
        "The ferry Ostmark, with six crew on board, docked at Talby harbour.",
        "The ferry Ostmark had five crew members on board when it docked at Talby harbour.",
    )
    assert _numbers(tmp_path) == ["6 crew vs 5 crew"]


def test_a_later_time_of_day_is_no_update_of_a_count(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Daily Courant", "2026-11-17T09:00:00Z",
        "Four people were injured when the jet landed at 12:20 UTC, the airline said.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Northfield Post", "2026-11-18T09:00:00Z",
        "Four people were injured when the jet landed at 13:20 UTC, the airline said.",
    )  # fmt: skip
    (fact,) = story_facts(tmp_path)
    assert [(c.kind, c.nature) for c in fact.conflicts] == [
        (ConflictKind.NUMBER, ConflictNature.DISAGREEMENT)
    ]


def test_noon_and_midnight_after_at_are_clock_times() -> None:
    text = "The march set off at noon and ended shortly before midnight on the midnight train."
    found = [(q.text, q.value, q.unit) for q in find_quantities(text, text_article(text, "Post"))]
    assert found == [("noon", 720.0, "local time"), ("midnight", 0.0, "local time")]
