"""Sources after a third review: pronoun speakers, role words in keys, notices, acts."""

from __future__ import annotations

import pytest

from corrobora.extract.attribution import find_attributions
from corrobora.extract.entities import find_mentions, strip_titles
from corrobora.extract.nlp import parse
from corrobora.extract.quotes import find_quotes
from corrobora.model import Attribution, SourceKind

from .conftest import build_article

RECOUNT = "Tomas Keller of the Civic Party requested a recount of the Varnholt vote on Tuesday. "
QUOTE = '"The numbers have moved, but the people have spoken," she said.'


def attributions_of(text: str, model: str) -> tuple[Attribution, ...]:
    """The attributions of ``text``."""
    article = build_article(text)
    doc = parse(text, model)
    mentions = find_mentions(doc, article)
    return find_attributions(doc, article, mentions, find_quotes(doc, article, mentions))


def quote_speaker(found: tuple[Attribution, ...], text: str) -> Attribution:
    """The attribution whose content is the quote opening ``"The numbers``."""
    start = text.index('"The numbers') + 1
    matches = [a for a in found if a.content.start == start]
    assert len(matches) == 1, found
    return matches[0]


@pytest.mark.parametrize(
    ("middle", "key"),
    [
        # a name in apposition to the subject is the subject
        ("The Green Alliance candidate, Ingrid Marsh, said she was confident. ", "ingrid marsh"),
        # a person's name typed as an organization, speaking of herself
        ("Ingrid Solvay said she was confident. ", "ingrid solvay"),
        ("Solvay said she was confident. ", "solvay"),
        # a full name typed as an organization, followed by a speaking "she"
        ("Ingrid Solvay said the count was fair. ", "ingrid solvay"),
    ],
)
def test_she_said_credits_the_last_speaker(middle: str, key: str, model: str) -> None:
    text = RECOUNT + middle + QUOTE
    found = attributions_of(text, model)
    speaker = quote_speaker(found, text)
    assert speaker.source_key == key
    assert speaker.kind is SourceKind.PERSON


def test_she_said_skips_an_organization_that_spoke(model: str) -> None:
    """Guard: a company that spoke stays an organization; "he" is the person named after it."""
    text = (
        RECOUNT
        + "Veltrane Systems said the count was fair. Analyst Ben Otto agreed. "
        + '"The numbers have moved, but the people have spoken," he said.'
    )
    found = attributions_of(text, model)
    assert quote_speaker(found, text).source_key == "ben otto"
    company = [a for a in found if a.source_key == "veltrane systems"]
    assert company and all(a.kind is SourceKind.ORGANIZATION for a in company)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Striker Dario Menck", "dario menck"),
        ("Midfielder Jonas Pell", "jonas pell"),
        ("Chief fire officer Alina Moreau", "alina moreau"),
        ("Coach Menck", "menck"),
    ],
)
def test_leading_role_words_leave_the_key(name: str, key: str) -> None:
    assert strip_titles(name) == key


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Charles de Gaulle", "charles de gaulle"),
        ("de Gaulle", "de gaulle"),
        ("Striker", "striker"),
    ],
)
def test_lower_case_particles_stay_in_the_key(name: str, key: str) -> None:
    """Guard: lower-case words not followed by a role word are part of the name."""
    assert strip_titles(name) == key


def test_role_at_sentence_start_is_not_in_the_mention_key(model: str) -> None:
    text = 'Striker Dario Menck joined Harrowgate Rovers on Monday. "I am happy," Menck said.'
    article = build_article(text)
    keys = {m.key for m in find_mentions(parse(text, model), article)}
    assert "dario menck" in keys
    assert not any(k.startswith("striker") for k in keys)


@pytest.mark.parametrize(
    "notice",
    [
        "Correction: An earlier version of this article said 1,200 residents were evacuated.",
        "Clarification: A previous version of this story said the mayor had resigned.",
    ],
)
def test_correction_notice_is_no_source(notice: str, model: str) -> None:
    text = f"The fire at the Kestrel Chemicals plant was put out on Tuesday. {notice}"
    found = attributions_of(text, model)
    assert not found, found


def test_report_by_a_named_document_is_still_credited(model: str) -> None:
    """Guard: a report that is no earlier version of the article is still a source."""
    text = "A report by the Brannock council said 2,100 residents were evacuated."
    found = attributions_of(text, model)
    assert found
    assert found[0].kind is SourceKind.DOCUMENT


def test_act_with_only_a_time_is_no_statement(model: str) -> None:
    text = "Ingrid Solvay leads the count. Keller did not concede on Monday."
    found = attributions_of(text, model)
    assert not [a for a in found if a.cue == "concede"], found


def test_conceding_a_clause_is_a_statement(model: str) -> None:
    """Guard: "conceded that ..." still credits the clause."""
    text = "Tomas Keller conceded on Monday that he had lost the election."
    found = attributions_of(text, model)
    conceded = [a for a in found if a.cue == "concede"]
    assert len(conceded) == 1
    assert conceded[0].statement
    assert text[conceded[0].content.start : conceded[0].content.end] == "he had lost the election"


def test_named_returning_officer_is_a_person(model: str) -> None:
    text = (
        "About 9,000 ballots remain, the province's returning officer, Marek Dunholt, "
        'told reporters. "Every ballot will be counted twice," returning officer '
        "Marek Dunholt said."
    )
    found = attributions_of(text, model)
    dunholt = [a for a in found if a.source_key == "marek dunholt"]
    assert dunholt and all(a.kind is SourceKind.PERSON for a in dunholt), found


def test_club_named_by_its_first_word_is_an_organization(model: str) -> None:
    text = (
        "Dario Menck has joined Harrowgate Rovers from FC Lindqvist. "
        "Harrowgate said the fee was a club record."
    )
    found = attributions_of(text, model)
    club = [a for a in found if a.source_key.startswith("harrowgate")]
    assert club and all(a.kind is SourceKind.ORGANIZATION for a in club), found


def test_withheld_detail_is_no_statement(model: str) -> None:
    text = "Dario Menck has joined Harrowgate Rovers. Harrowgate did not disclose the fee."
    found = attributions_of(text, model)
    disclosed = [a for a in found if a.cue == "disclose"]
    assert disclosed and not any(a.statement for a in disclosed), found


def test_surname_speaker_stays_a_person(model: str) -> None:
    """Guard: an unknown surname that starts no longer name is still a person."""
    text = 'The count resumed on Monday. "We will finish tonight," Dunholt said.'
    found = attributions_of(text, model)
    assert [a.kind for a in found if a.source_key == "dunholt"] == [SourceKind.PERSON]


def test_lone_surname_takes_the_full_name_key(model: str) -> None:
    text = (
        "Harrowgate Rovers paid £42 million for Dario Menck, according to the Sporting "
        'Chronicle.\n\n"This is the club I dreamed of as a boy," Menck said after signing.'
        "\n\nManager Ruth Abara said Menck will not play against Castlebridge on Saturday."
    )
    found = attributions_of(text, model)
    start = text.index('"This') + 1
    speakers = [(a.source_key, a.kind) for a in found if a.content.start == start]
    assert speakers == [("dario menck", SourceKind.PERSON)]
