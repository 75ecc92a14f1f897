"""Attributions of outlets' findings, of calling a vote, and of anonymous sources (review 11).

"..., the Herald understands" and "..., the Herald has been told" credit the Herald as
"..., the Herald reported" does; the article's own outlet saying so credits no one, not
even the person the sentence is about. "will call a second vote" names an act, no
statement. The relative clause that says why a source is unnamed ("who asked not to be
named") is part of the words naming the source, no statement of its own.
"""

from __future__ import annotations

import pytest

from tests.stories import attributions, credit_of

_PROMISE = "Anton Vell has promised rebels a second vote next month"


@pytest.mark.parametrize("cue", ["understands", "has been told", "has learned", "can reveal"])
def test_an_outlets_finding_credits_the_outlet(cue: str) -> None:
    text = f"{_PROMISE}, the Dunmere Herald {cue}."
    found = attributions(text, "The Capital Sentinel")
    assert [(a.source_key, a.statement) for a in found] == [("dunmere herald", True)]
    assert text[found[0].content.start : found[0].content.end] == _PROMISE


def test_a_finding_opening_its_sentence_credits_the_clause() -> None:
    text = f"The Dunmere Herald understands that {_PROMISE}."
    credit = credit_of(attributions(text, "The Capital Sentinel"), "Herald", text)
    assert credit.source_key == "dunmere herald"
    assert text[credit.content.start : credit.content.end] == _PROMISE


@pytest.mark.parametrize(
    "cue", ["the Sentinel has learned", "the Sentinel understands", "the Sentinel has been told"]
)
def test_the_own_outlets_finding_credits_no_one(cue: str) -> None:
    text = f"Prime Minister {_PROMISE}, {cue}.\n\nThe bill passed on Tuesday."
    assert attributions(text, "The Capital Sentinel") == ()


def test_the_own_outlet_reporting_credits_no_one() -> None:
    text = f"{_PROMISE}, the Sentinel reported on Wednesday."
    assert attributions(text, "The Capital Sentinel") == ()


def test_calling_a_vote_is_an_act() -> None:
    text = "Prime Minister Anton Vell will call a second vote on the funding clauses."
    (credit,) = attributions(text, "The Daily Courant")
    assert not credit.statement


def test_calling_something_a_name_is_still_a_statement() -> None:
    text = "Prime Minister Anton Vell called the rebellion a betrayal."
    (credit,) = attributions(text, "The Daily Courant")
    assert credit.statement


@pytest.mark.parametrize(
    "text",
    [
        '"The whole floor shook and then the alarms went off," said a worker who asked not '
        "to be named because staff had been told not to speak to the press.",
        "A worker at the plant, who asked not to be named, said managers had been warned "
        "about a leaking valve.",
        "Managers had been warned about a leaking valve, according to a worker who asked "
        "not to be identified.",
    ],
)
def test_why_a_source_is_unnamed_is_no_statement(text: str) -> None:
    found = attributions(text, "Northmere Press Agency")
    assert len(found) == 1
    assert found[0].source_key.startswith("worker")


def test_a_relative_clause_of_a_non_speaker_still_credits() -> None:
    text = "The minister, who said the vote was lost, resigned on Tuesday."
    credit = credit_of(attributions(text, "The Daily Courant"), "said", text)
    assert text[credit.content.start : credit.content.end] == "the vote was lost"
