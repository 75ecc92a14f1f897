"""Scheduled days, dates of a clause's act, names in other parts, denied things (review 23)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from corrobora.extract.dates import find_dates
from corrobora.extract.nlp import parse
from corrobora.model import Article, ConflictKind
from corrobora.reconcile.conflicts import entity_conflict, negation_conflict
from corrobora.settings import AnalyzeParams

from .reconcile.conftest import make_claim
from .stories import story_facts, write_article


def _days(text: str, published: datetime) -> list[date | None]:
    """The first days of the dates of ``text``, read with a parse, as if published then."""
    article = Article(id="x", text=text, title="", outlet="Ardel Herald", published=published)
    return [d.start for d in find_dates(parse(text, AnalyzeParams().model), article)]


def test_a_day_a_verb_sets_or_moves_something_to_lies_ahead() -> None:
    tuesday = datetime(2027, 6, 8, 12, tzinfo=UTC)
    thursday, friday = date(2027, 6, 10), date(2027, 6, 11)
    assert _days("Judge Ilse Marrow set sentencing for Thursday.", tuesday) == [thursday]
    assert _days("The magistrate adjourned the hearing to Friday.", tuesday) == [friday]
    assert _days("The council postponed the vote until Friday.", tuesday) == [friday]
    assert _days("The ferry sailed on Thursday.", tuesday) == [date(2027, 6, 3)]


def test_one_scheduled_day_told_in_two_tenses_is_no_date_conflict(tmp_path: Path) -> None:
    title = "Harbour pilot convicted of negligence"
    write_article(
        tmp_path, "a.txt", "Ardel Herald", "2027-06-08T15:00:00Z",
        "A court in Brennick on Tuesday convicted harbour pilot Oskar Fenn of negligence.\n\n"
        "Judge Ilse Marrow set sentencing for Thursday.", title=title,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Kessing Radio", "2027-06-09T09:00:00Z",
        "Harbour pilot Oskar Fenn was convicted of negligence on Tuesday by a Brennick court.\n\n"
        "His sentencing is set for Thursday.", title=title,
    )  # fmt: skip
    dates = [c for f in story_facts(tmp_path) for c in f.conflicts if c.kind is ConflictKind.DATE]
    assert not dates


def _verdict_story(folder: Path, first: str, second: str) -> list[str]:
    """The date conflicts of two reports of a verdict reached after talks begun on two days."""
    title = "Jury convicts harbour pilot"
    write_article(
        folder, "a.txt", "Ardel Herald", "2027-06-08T15:00:00Z",
        f"The jury found harbour pilot Oskar Fenn guilty of negligence after deliberations "
        f"that began on {first}.", title=title,
    )  # fmt: skip
    write_article(
        folder, "b.txt", "Kessing Radio", "2027-06-08T18:00:00Z",
        f"A Brennick jury found harbour pilot Oskar Fenn guilty of negligence on Tuesday, after "
        f"deliberations that began on {second}.", title=title,
    )  # fmt: skip
    return [
        c.detail for f in story_facts(folder) for c in f.conflicts if c.kind is ConflictKind.DATE
    ]


def test_one_act_of_a_clause_dated_on_two_days_is_a_date_conflict(tmp_path: Path) -> None:
    (detail,) = _verdict_story(tmp_path, "June 2", "June 3")
    assert "June 2" in detail and "June 3" in detail


def test_one_act_of_a_clause_dated_alike_is_no_date_conflict(tmp_path: Path) -> None:
    assert not _verdict_story(tmp_path, "June 2", "June 2")


def test_names_in_other_parts_of_one_act_are_no_rival_names() -> None:
    council = make_claim(
        "a", "Brennick city council on Tuesday approved a 90 million crown extension of the "
        "Line 7 tram to the Oskarby district.", 0,
        entities=("brennick city council", "oskarby"), predicate="approve",
    )  # fmt: skip
    line = make_claim(
        "b", "Brennick's council approved the extension of tram Line 7 to Oskarby on Tuesday.",
        0, entities=("brennick", "line 7 to oskarby"), predicate="approve",
    )  # fmt: skip
    kinds = {
        "brennick city council": "organization",
        "line 7 to oskarby": "organization",
        "brennick": "place",
        "oskarby": "place",
    }
    assert entity_conflict(council, line, kinds, {}) is None


def test_a_judge_and_the_defendant_are_no_rival_names() -> None:
    judge = make_claim(
        "a", "Sentencing is set for Thursday before Judge Ilse Marrow.", 0,
        entities=("ilse marrow",), predicate="set",
    )  # fmt: skip
    defendant = make_claim(
        "b", "The fund is to be announced before Thursday's sentencing of harbour pilot "
        "Oskar Fenn.", 0, entities=("oskar fenn",), predicate="announce",
    )  # fmt: skip
    kinds = {"ilse marrow": "person", "oskar fenn": "person"}
    assert entity_conflict(judge, defendant, kinds, {}) is None


def test_two_names_in_one_part_of_one_act_still_conflict() -> None:
    first = make_claim(
        "a", "Brennick city council approved the tram extension.", 0,
        entities=("brennick city council",), predicate="approve",
    )  # fmt: skip
    second = make_claim(
        "b", "Oskarby regional council approved the tram extension.", 0,
        entities=("oskarby regional council",), predicate="approve",
    )  # fmt: skip
    kinds = {"brennick city council": "organization", "oskarby regional council": "organization"}
    conflict = entity_conflict(first, second, kinds, {})
    assert conflict is not None and conflict.kind is ConflictKind.ENTITY


def test_a_denied_thing_conflicts_with_a_wording_that_takes_it_as_given() -> None:
    turned_down = make_claim(
        "a", "Fenn turned down a settlement offer of two million crowns in March, according to "
        "people who asked not to be named.", 0, predicate="turn",
    )  # fmt: skip
    denials = [
        '"No settlement offer was ever made to Mr Fenn," his lawyer told the Ardel Herald.',
        "His lawyer denied that Fenn had ever been offered a settlement deal.",
        "There was no settlement offer, his lawyer said.",
    ]
    for text in denials:
        denied = make_claim("b", text, 0, predicate="make", negated=True)
        conflict = negation_conflict(turned_down, denied)
        assert conflict is not None and conflict.kind is ConflictKind.NEGATION, text


def test_a_denied_act_on_a_thing_that_exists_is_no_denial_of_it() -> None:
    taken = make_claim(
        "a", "The passengers were taken to hospital in Brennick.", 0, predicate="take"
    )
    unhurt = make_claim("b", "No passengers were injured.", 0, predicate="injure", negated=True)
    other = make_claim("c", "No settlement offer was ever made.", 0, predicate="make", negated=True)
    assert negation_conflict(taken, unhurt) is None
    assert negation_conflict(taken, other) is None


def test_a_venue_and_the_one_acted_on_are_no_rival_names() -> None:
    court = make_claim(
        "a", "The jury at the Brennick Crown Court found the harbour pilot guilty of negligence.",
        0, entities=("brennick crown court",), predicate="find",
    )  # fmt: skip
    pilot = make_claim(
        "b", "A Brennick jury found harbour pilot Oskar Fenn guilty of negligence on Tuesday.", 0,
        entities=("brennick", "oskar fenn"), predicate="find",
    )  # fmt: skip
    kinds = {"brennick crown court": "organization", "oskar fenn": "organization"}
    assert entity_conflict(court, pilot, kinds, {}) is None
