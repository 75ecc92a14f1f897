"""Clauses of time, described organizations and the kind of named sources (review 7).

"as the heatwave continued" credits no one; "the grid operator" is the organization
the story describes as one, and "a company spokeswoman" speaks for the company her
sentence names; "results published by the commission" are the commission's document;
a speaking two-word name the recognizer took for a work is a person; a company's short
name reporting its figures is no outlet.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corrobora.extract.analyze import analyze_article
from corrobora.model import AnalyzedArticle, Attribution, SourceKind
from corrobora.reconcile.origins import described_organizations
from corrobora.settings import AnalyzeParams

from .stories import attributions as attributions_of
from .stories import credit_of, story_facts, text_article, write_article


def attributions(text: str, outlet: str = "Solvenia Daily") -> tuple[Attribution, ...]:
    """The attributions of ``text`` published by ``outlet`` (a Solvenian daily by default)."""
    return attributions_of(text, outlet)


def analysed(text: str, outlet: str) -> AnalyzedArticle:
    """The whole analysis of ``text`` published by ``outlet``."""
    return analyze_article(text_article(text, outlet), AnalyzeParams())


# -- a clause of time is no source --------------------------------------------------------

_HEATWAVE = "Power demand in Solvenia hit new highs as the heatwave {verb}."


@pytest.mark.parametrize("verb", ["continued", "continued to grip the region"])
def test_as_the_heatwave_continued_credits_no_one(verb: str) -> None:
    text = _HEATWAVE.format(verb=verb)
    assert not [a for a in attributions(text) if a.source_key == "heatwave"]


def test_continued_after_what_was_said_still_credits_the_speaker() -> None:
    text = "Ilse Coranth said the dam was safe. The repairs are finished, she continued."
    credit = credit_of(attributions(text), "she continued", text)
    assert credit.source_key == "ilse coranth"
    assert text[credit.content.start : credit.content.end] == "The repairs are finished"


# -- an organization named by what it is ------------------------------------------------

_SBC = (
    "Solvenia sweltered in a heatwave on Tuesday. Solgrid, the national grid operator, may "
    "impose rolling blackouts on Thursday, a company spokeswoman said."
)
_GAZETTE = (
    "Families across southern Solvenia sought shade and water as the heatwave wore on. "
    "Solgrid may impose rolling blackouts on Thursday, a company spokeswoman said."
)
_DAILY = (
    "Power demand in Solvenia hit new highs as the heatwave continued. Solgrid will impose "
    "rolling blackouts on Thursday, the grid operator said."
)


def test_a_company_spokeswoman_speaks_for_the_company_her_sentence_names() -> None:
    credit = credit_of(attributions(_SBC), "spokeswoman", _SBC)
    assert (credit.source_key, credit.kind) == ("solgrid", SourceKind.ORGANIZATION)


def test_a_spokeswoman_for_an_unnamed_organization_speaks_for_it() -> None:
    text = "Power cuts may follow on Thursday, a spokeswoman for the operator said."
    credit = credit_of(attributions(text), "spokeswoman", text)
    assert (credit.source_key, credit.kind) == ("operator", SourceKind.ORGANIZATION)


def test_a_spokeswoman_for_an_indefinite_organization_stays_anonymous() -> None:
    text = "Power cuts may follow on Thursday, a spokeswoman for a local firm said."
    credit = credit_of(attributions(text), "spokeswoman", text)
    assert credit.kind is SourceKind.ANONYMOUS


def test_the_described_organization_is_the_one_the_story_describes_so() -> None:
    stories = [
        analysed(_SBC, "Solvenian Broadcasting Corporation"),
        analysed(_GAZETTE, "Marrowgate Gazette"),
        analysed(_DAILY, "Solvenia Daily"),
    ]
    found = described_organizations(stories)
    assert found.get("grid operator") == "solgrid"
    assert found.get("company") == "solgrid"


def test_a_description_before_the_name_counts_too() -> None:
    first = analysed("Blackouts may follow on Thursday, grid operator Solgrid said.", "A")
    second = analysed(_DAILY, "Solvenia Daily")
    assert described_organizations([first, second]).get("grid operator") == "solgrid"


def test_two_organizations_described_alike_leave_the_key_as_it_is() -> None:
    first = analysed(
        "Solgrid, the national grid operator, and Kestrel Power, the regional grid operator, "
        "met on Monday.",
        "A",
    )
    second = analysed(_DAILY, "Solvenia Daily")
    assert "grid operator" not in described_organizations([first, second])


def test_one_company_statement_is_one_origin(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Solvenian Broadcasting Corporation", "2026-07-15T18:00Z", _SBC
    )
    write_article(tmp_path, "b.txt", "Marrowgate Gazette", "2026-07-15T21:30Z", _GAZETTE)
    write_article(tmp_path, "c.txt", "Solvenia Daily", "2026-07-16T11:00Z", _DAILY)
    origins = [
        fact.origins
        for fact in story_facts(tmp_path)
        if any("rolling blackouts" in s.text for s in fact.support)
    ]
    assert origins == [("solgrid",)]


# -- the kind of a named source ----------------------------------------------------------


def test_results_published_by_a_body_are_its_document() -> None:
    text = (
        "The Civic Union won Sunday's election to the Harrowdale regional assembly, taking 34 "
        "of the 71 seats, according to preliminary results published by the regional "
        "electoral commission."
    )
    credit = credit_of(attributions(text, "Nordwire"), "according to", text)
    assert (credit.kind, credit.source_key) == (SourceKind.DOCUMENT, "commission")


def test_a_speaking_name_taken_for_a_work_is_a_person() -> None:
    text = 'The Civic Union took 38 of the 71 seats. "The voters have spoken," Tomas Vell said.'
    credit = credit_of(attributions(text, "Coastal Times"), "Tomas Vell", text)
    assert (credit.kind, credit.source_key) == (SourceKind.PERSON, "tomas vell")


def test_a_company_reporting_its_figures_is_no_outlet() -> None:
    text = (
        "Corvane Industries will buy Brightwater Sensors for 4.2bn dollars, according to the "
        "Daily Ledger.\n\nCorvane is paying $38.50 for each Brightwater share.\n\n"
        "Brightwater reported a net profit of $212 million last year, on sales of $1.1 billion."
    )
    credit = credit_of(attributions(text, "Meridian Business Times"), "Brightwater reported", text)
    assert credit.kind is SourceKind.ORGANIZATION
