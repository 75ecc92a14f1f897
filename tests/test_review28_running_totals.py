"""Which later figures update an earlier one, and which dispute it.

A figure of a past event named in a comparison ("the largest since last year's fire,
which destroyed 310 homes") runs on no more; a reported past perfect ("had burned
14,500 acres, the authority said") gives a total to date; a source's later, higher share
of a thing done ("35 percent contained") updates its earlier one; a person's past record
("previously arrested four times") does not grow between reports; a lead each report
dates to its own day is no date conflict.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind, ConflictNature, FactEventKind

from .stories import fact_with, write_article


def _natures(fact_conflicts: tuple, kind: ConflictKind) -> set[ConflictNature]:
    return {c.nature for c in fact_conflicts if c.kind is kind}


def test_a_past_events_figure_in_a_comparison_is_no_update(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Valley Herald",
        "2026-08-04T09:00:00",
        "A brush fire in the Orrin Hills has destroyed 40 homes in Dunmere, the county "
        "clerk's office said on Tuesday. The fire has burned 6,100 acres, the Orrin County "
        "Fire Service said.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Plains Wire",
        "2026-08-05T12:00:00",
        "The brush fire in the Orrin Hills has burned 9,300 acres, the Orrin County Fire "
        "Service said on Wednesday. The fire is the worst in the county since last year's "
        "Tamsel Creek fire, which burned 18,000 acres and destroyed 260 homes.",
    )
    fact = fact_with(tmp_path, "destroyed 40 homes")
    assert ConflictNature.UPDATE not in _natures(fact.conflicts, ConflictKind.NUMBER)


def test_a_reported_past_perfect_total_grows_over_days(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Valley Herald",
        "2026-08-03T19:00:00",
        "A brush fire broke out near Orrin Gap on Monday. The fire had burned 3,100 acres "
        "by Monday evening, the Orrin County Fire Service said.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Plains Wire",
        "2026-08-05T15:00:00",
        "The brush fire near Orrin Gap is still burning. The fire had burned 11,800 acres, "
        "the Orrin County Fire Service said on Wednesday.",
    )
    fact = fact_with(tmp_path, "3,100 acres")
    assert _natures(fact.conflicts, ConflictKind.NUMBER) == {ConflictNature.UPDATE}


def test_a_rising_share_done_from_one_source_is_an_update(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Valley Herald",
        "2026-08-04T09:00:00",
        "The brush fire near Orrin Gap is still burning. The fire was 15 percent contained "
        "on Tuesday morning, the Orrin County Fire Service said.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Plains Wire",
        "2026-08-05T12:00:00",
        "The brush fire near Orrin Gap is still burning. The fire had burned 11,800 acres "
        "by Wednesday morning and was 45 percent contained, the Orrin County Fire Service "
        "said.",
    )
    fact = fact_with(tmp_path, "15 percent contained")
    assert _natures(fact.conflicts, ConflictKind.NUMBER) == {ConflictNature.UPDATE}


def test_a_past_record_told_two_ways_is_a_disagreement(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Post",
        "2026-05-09T10:00:00",
        "Officers shot and wounded Tomas Reyl, 19, in Velm on Friday night. Reyl had been "
        "arrested two times since March on charges including burglary.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastal Times",
        "2026-05-09T15:00:00",
        "Police officers shot and wounded Tomas Reyl, 19, in Velm late Friday. Police said "
        "Reyl had previously been arrested five times on charges including burglary.",
    )
    fact = fact_with(tmp_path, "arrested five times")
    assert _natures(fact.conflicts, ConflictKind.NUMBER) == {ConflictNature.DISAGREEMENT}


def test_a_lead_each_report_dates_to_its_day_is_no_date_conflict(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Post",
        "2026-11-03T23:30:00",
        "Councillor Ines Marrow led Mayor Paul Dorne by about 2,400 votes late Tuesday, "
        "with 55 percent of precincts reporting, according to the Velm Election Office.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastal Times",
        "2026-11-04T19:00:00",
        "With all precincts reporting, Councillor Ines Marrow leads Mayor Paul Dorne by "
        "900 votes, according to results released by the Velm Election Office on "
        "Wednesday evening.",
    )
    fact = fact_with(tmp_path, "2,400 votes")
    assert ConflictKind.DATE not in {c.kind for c in fact.conflicts}
    assert FactEventKind.CONTRADICTS not in {e.kind for e in fact.timeline}
