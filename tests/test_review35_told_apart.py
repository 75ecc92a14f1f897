"""Claims that share words but tell different things: two facts, or no dispute.

Two acts of two verbs dated on days apart, a count's moment against an act's time, a
part of a group refusing what the whole did, one quote carried alike by two reports,
and one noun under qualifiers that exclude each other.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from corrobora import api
from corrobora.align.apart import opposite_qualifiers
from corrobora.model import ConflictKind, Fact
from corrobora.reconcile.dated import acts_on_other_days
from corrobora.settings import Settings

from .stories import dated_claim, fact_with, figured_claim, story_facts, write_article


def _facts_with_embeddings(folder: Path) -> tuple[Fact, ...]:
    """The facts of the one story in ``folder``, scored with the default embeddings."""
    reports = api.compare([folder], Settings()).reports
    return tuple(f for report in reports for f in report.reconciliation.facts)


def _together(facts: tuple[Fact, ...], first: str, second: str) -> bool:
    """True when one fact holds a wording with ``first`` and one with ``second``."""
    return any(
        any(first in s.text for s in f.support) and any(second in s.text for s in f.support)
        for f in facts
    )


def test_two_acts_dated_a_week_apart_are_two_facts() -> None:
    escape = dated_claim(
        "a",
        "A convicted arsonist pulled a knife on two drivers during a court transfer Monday.",
        "Monday",
        date(2024, 3, 4),
        date(2024, 3, 4),
        "pull",
    )
    capture = dated_claim(
        "b",
        "A convicted arsonist who escaped during a court transfer was captured Monday.",
        "Monday",
        date(2024, 3, 11),
        date(2024, 3, 11),
        "capture",
    )
    assert acts_on_other_days(escape, capture)
    # one act dated on two days is one fact whose dates conflict
    caught = replace(capture, predicate="arrest")
    assert not acts_on_other_days(caught, capture)
    assert not acts_on_other_days(escape, replace(capture, dates=escape.dates))
    # a day's slip between two verbs of a report is a date to weigh, not two acts
    slip = dated_claim("b", capture.text, "Monday", date(2024, 3, 5), date(2024, 3, 5), "capture")
    assert not acts_on_other_days(escape, slip)


def test_a_count_as_of_a_time_and_the_start_of_voting_are_two_facts(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Post",
        "2024-05-12T08:00",
        "Voters in Ostrava Bay began to cast their ballots at 7:00 am local time (0500 GMT) "
        "on Sunday in the regional election.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastal Times",
        "2024-05-12T20:00",
        "Some 310,000 people cast their ballots as of 2:00 p.m. local time (1200 GMT).",
    )
    fact = fact_with(tmp_path, "as of 2:00 p.m.")
    assert not any("began to cast" in s.text for s in fact.support)
    assert ConflictKind.NUMBER not in {c.kind for c in fact.conflicts}


def test_a_part_refusing_does_not_deny_what_the_whole_did(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Post",
        "",
        "Two members said one of the dissenters even read a novel while the council "
        "debated the harbour budget for three days.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastal Times",
        "",
        "Mayor Ines Calder said members have told her that the four dissenters refused to "
        "debate the harbour budget.",
    )
    for fact in story_facts(tmp_path):
        assert ConflictKind.NEGATION not in {c.kind for c in fact.conflicts}


def test_one_quote_carried_alike_by_two_reports_has_no_modality_conflict(
    tmp_path: Path,
) -> None:
    quote = '"Do not believe Mr. Aldane ever again.\nEver again.\nBecause he can not be believed."'
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Post",
        "",
        "Judge Mara Tesk fined Owen Aldane on Friday.\nThe judge had a warning for his "
        "creditors:\n" + quote,
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastal Times",
        "",
        "District Judge Mara Tesk fined Owen Aldane on Friday.\nThe judge offered a "
        "warning to anyone who deals with Aldane:\n" + quote,
    )
    for fact in story_facts(tmp_path):
        assert ConflictKind.MODALITY not in {c.kind for c in fact.conflicts}


def test_national_and_foreign_observers_are_two_facts(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Post",
        "2024-05-01T10:00",
        "The regional vote in Ostrava Bay is planned for June 2. It is expected the vote "
        "will be watched by national observers.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastal Times",
        "",
        "Voting began in Ostrava Bay. For the first time foreign observers and experts "
        "watch the vote in Ostrava Bay.",
    )
    facts = _facts_with_embeddings(tmp_path)
    assert not _together(facts, "national observers", "foreign observers")


def test_qualifiers_of_who_reports_sort_no_facts() -> None:
    local = figured_claim("a", "Three fishermen drowned off Kessel Point, local media reported.")
    foreign = figured_claim("b", "Three fishermen drowned off Kessel Point, foreign media said.")
    observers = figured_claim("c", "Foreign observers watched the vote in Kessel.")
    national = figured_claim("d", "National observers watched the vote in Kessel.")
    assert not opposite_qualifiers(local, foreign)
    assert opposite_qualifiers(observers, national)
