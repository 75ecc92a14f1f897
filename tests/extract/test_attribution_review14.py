"""Who is credited: the company, a reported figure, a named researcher, an office (review 14).

"the company said" after a regulator is the story's company, never the regulator; "the
figure first reported" describes a figure and credits no one; the relative clause after
"a person familiar with the matter" is part of the words naming the person; "who said"
after a named person's description is the person; "the returning officer" is one
official on record, named by the office.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import SourceKind
from tests.stories import attributions, credit_of, fact_with, write_article


def test_the_company_is_no_regulator_named_before() -> None:
    text = (
        "A software fault at Tessaro Airways grounded flights on Friday.\n\n"
        "The Civil Aviation Authority may review the incident, the regulator said.\n\n"
        "The fault was fixed by noon, the company said."
    )
    found = attributions(text, "The Marlow Post")
    regulator = credit_of(found, "the regulator", text)
    company = credit_of(found, "the company", text)
    assert regulator.source_key == "civil aviation authority"
    assert (company.source_key, company.kind) == ("tessaro airways", SourceKind.ORGANIZATION)


def test_a_figure_first_reported_credits_no_one() -> None:
    text = (
        "The number of Tessaro Airways passengers stranded has risen to 9,000, the "
        "company said on Friday, triple the figure first reported."
    )
    found = attributions(text, "The Marlow Post")
    assert [(a.source_key, a.cue) for a in found] == [("tessaro airways", "say")]


def test_why_a_person_is_unnamed_is_no_second_source() -> None:
    text = (
        "The fault began in a booking server, according to a person familiar with the "
        "matter who asked not to be named because the inquiry is continuing."
    )
    found = attributions(text, "The Marlow Post")
    assert [(a.kind, a.cue) for a in found] == [(SourceKind.ANONYMOUS, "according to")]


def test_who_after_a_named_persons_description_is_the_person() -> None:
    text = (
        "The fault was first noticed on Friday by Oskar Lindvall, an engineer at Brightcore "
        "Systems, who said the booking server had stopped answering requests."
    )
    credit = credit_of(attributions(text, "The Marlow Post"), "who said", text)
    assert (credit.source_key, credit.kind) == ("oskar lindvall", SourceKind.PERSON)


def test_the_returning_officer_is_an_official_on_record() -> None:
    text = (
        "Turnout in the Marrow Valley vote was 58 percent, the returning officer said.\n\n"
        "Two ballot boxes were late, the senior officer said."
    )
    found = attributions(text, "The Marlow Post")
    official = credit_of(found, "returning officer", text)
    assert (official.source_key, official.kind) == ("returning officer", SourceKind.PERSON)
    assert credit_of(found, "senior officer", text).kind is SourceKind.ANONYMOUS


def test_the_returning_officer_is_one_origin_for_two_outlets(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "The Marlow Post",
        "2026-10-05T09:00:00+00:00",
        "Edda Ring won the Marrow Valley mayoral vote on Sunday.\n\n"
        "Turnout was 58 percent, the returning officer said.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Harbour Evening News",
        "2026-10-05T12:00:00+00:00",
        "Edda Ring was elected mayor of Marrow Valley on Sunday.\n\n"
        "The returning officer said turnout was 58 percent.",
    )
    assert fact_with(tmp_path, "58 percent").origins == ("returning officer",)
