"""Closing credit lines and people the recognizer missed (fictional texts).

A last line "Reporting by X" is a credit, no claim, and an agency it names as the
author is the article's voice, as a wire trailer makes it. A two-word name whose
surname later speaks alone ("Marten said") is that person, so the surname's quotes
and credits carry the full name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corrobora.extract.analyze import analyze_doc
from corrobora.extract.cues import TRAILER_CUE, wire_trailer
from corrobora.extract.nlp import parse
from corrobora.model import AnalyzedArticle, EntityKind
from corrobora.settings import DEFAULT_MODEL

from ..stories import fact_with, story_facts, text_article, write_article

BODY = (
    "Ostmark ferry count\n\n"
    "The Ostmark ferry carried 4,200 passengers in its first week, the operator said.\n\n"
    "Crossings were cancelled twice because of high winds."
)


def analyzed(text: str, outlet: str = "Harbor Ledger") -> AnalyzedArticle:
    """The analysis of ``text`` published by ``outlet``."""
    return analyze_doc(parse(text, DEFAULT_MODEL), text_article(text, outlet))


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by Tove Aldrin; Editing by Piet Varo",
        "Additional reporting by Tove Aldrin in Ostmark.",
        "With reporting from Tove Aldrin and Piet Varo.",
        "Compiled by Tove Aldrin",
    ],
)
def test_a_closing_credit_line_of_people_is_a_byline(line: str) -> None:
    text = f"{BODY}\n\n{line}\n"
    trailer = wire_trailer(text)
    assert trailer is not None and trailer.agency is None
    assert trailer.span.slice(text) == line
    analysis = analyzed(text)
    assert not [c for c in analysis.claims if "Aldrin" in c.text]
    assert not [a for a in analysis.attributions if a.source_key == "tove aldrin"]


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by the Kestrel Press Agency.",
        "Reporting by Kestrel Press Agency; Editing by Piet Varo",
        "Compiled by the Kestrel Press Agency",
    ],
)
def test_a_closing_credit_line_of_an_agency_names_the_agency(line: str) -> None:
    text = f"{BODY}\n\n{line}\n"
    trailer = wire_trailer(text)
    assert trailer is not None and trailer.agency is not None
    assert trailer.agency.slice(text) == "Kestrel Press Agency"
    assert not [c for c in analyzed(text).claims if "Kestrel" in c.text]


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by the Kestrel Press Agency.",
        "Reporting by Kestrel Press Agency; Editing by Piet Varo.",
        "Compiled by the Kestrel Press Agency.",
        "Reporting by the Kestrel Press Agency",
    ],
)
def test_a_closing_credit_line_of_an_agency_credits_the_agency(line: str) -> None:
    text = f"{BODY}\n\n{line}\n"
    (credit,) = [a for a in analyzed(text).attributions if a.cue == TRAILER_CUE]
    assert credit.source_key == "kestrel press agency"
    assert text[: credit.content.end].endswith("high winds.")


@pytest.mark.parametrize(
    ("credit", "sentence"),
    [
        (
            "Reporting by Tove Aldrin.",
            "Reporting by journalists was banned on the island.",
        ),
        (
            "Reporting by the Kestrel Press Agency.",
            "Reporting by the Kestrel Press Agency was later corrected.",
        ),
    ],
)
def test_only_a_line_of_names_closes_as_a_credit_line(credit: str, sentence: str) -> None:
    assert wire_trailer(f"{BODY}\n\n{credit}\n") is not None
    assert wire_trailer(f"{BODY}\n\n{sentence}\n") is None


def test_an_outlet_relaying_the_agency_by_a_credit_line_adds_no_origin(tmp_path: Path) -> None:
    lead = "The Ostmark ferry carried 4,200 passengers in its first week."
    write_article(tmp_path, "a.txt", "Kestrel Press Agency", "2026-05-04T09:00:00+00:00", lead)
    write_article(
        tmp_path,
        "b.txt",
        "Harbor Ledger",
        "2026-05-04T11:00:00+00:00",
        "The Ostmark ferry took 4,200 passengers in its first week of service.\n\n"
        "Reporting by the Kestrel Press Agency.",
    )
    assert not [f for f in story_facts(tmp_path) if "Reporting by" in f.text]
    assert fact_with(tmp_path, "took 4,200").origins == ("kestrel press agency",)


SPEAKER = (
    "Ostmark mayoral count\n\n"
    "Ilse Marten of the Green Alliance won the mayoral election in Ostmark, "
    "returning officer Karin Falk said on Monday.\n\n"
    "Halvard Shipping Lines carried 4,200 voters to the polls. "
    "Halvard said the turnout was the highest in years.\n\n"
    'Marten told reporters she was "quietly confident" about the recount.'
)


def test_a_surname_speaking_alone_takes_the_full_name_given_before() -> None:
    analysis = analyzed(SPEAKER)
    kinds = {m.key: m.kind for m in analysis.mentions}
    assert kinds.get("ilse marten") is EntityKind.PERSON
    assert "marten" not in kinds
    (quote,) = analysis.quotes
    assert quote.speaker_key == "ilse marten"
    told = next(c for c in analysis.claims if "quietly" in c.text)
    assert told.attribution is not None and told.attribution.source_key == "ilse marten"
    # organizations named before a speaking short name stay organizations
    assert kinds.get("green alliance") is EntityKind.ORGANIZATION
    assert EntityKind.PERSON not in {v for k, v in kinds.items() if "halvard" in k}
