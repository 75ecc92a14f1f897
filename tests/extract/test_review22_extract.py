"""Figures kept out of names, plans held now, surnames of named people (review 22).

"Kovalen 48.7 percent" is the name "Kovalen" and a share; "we
expect to finish on Monday", said on a Sunday, is the next day; "Greaves said" after
"Marit Greaves, a lawyer for the party" is that lawyer speaking.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from corrobora.extract.analyze import analyze_article
from corrobora.extract.dates import find_dates
from corrobora.extract.entities import find_mentions
from corrobora.model import AnalyzedArticle, EntityKind
from corrobora.settings import AnalyzeParams
from tests.stories import text_article

from .conftest import ParseArticle

# --- 1. a figure after a name is no part of the name -------------------------------


@pytest.mark.parametrize("surname", ["Kovalen", "Hedvall"])
def test_a_share_after_a_name_is_no_part_of_it(parse_article: ParseArticle, surname: str) -> None:
    doc, article = parse_article(
        f"Lindvall won 48.9 percent of the vote and {surname} 48.7 percent under the early "
        "count, a margin of 293 votes."
    )
    mentions = find_mentions(doc, article)
    assert [m.text for m in mentions if any(ch.isdigit() for ch in m.text)] == []
    assert surname.lower() in {m.key for m in mentions}


def test_a_number_in_a_name_stays_in_it(parse_article: ParseArticle) -> None:
    doc, article = parse_article("She works for Channel 4 and lives near Route 66.")
    assert {m.key for m in find_mentions(doc, article)} >= {"channel 4", "route 66"}


# --- 2. "we expect ... on Monday" looks forward -----------------------------------

_SUNDAY = datetime(2027, 5, 9, 20, 0, tzinfo=UTC)
_NEXT_MONDAY = date(2027, 5, 10)


@pytest.mark.parametrize(
    "sentence",
    [
        '"We expect to have a full count in the early hours of Monday," said Olle Brandt.',
        "The board expects a final result on Monday.",
        "We are expecting the final tally on Monday.",
    ],
)
def test_a_present_expectation_looks_forward(parse_article: ParseArticle, sentence: str) -> None:
    doc, article = parse_article(sentence, _SUNDAY)
    (found,) = [d for d in find_dates(doc, article) if d.text == "Monday"]
    assert (found.start, found.end) == (_NEXT_MONDAY, _NEXT_MONDAY)


def test_a_present_expectation_looks_forward_without_a_parse(
    parse_article: ParseArticle,
) -> None:
    _, article = parse_article("The board expects a final result on Monday.", _SUNDAY)
    (found,) = [d for d in find_dates(article.text, article) if d.text == "Monday"]
    assert found.start == _NEXT_MONDAY


def test_a_count_had_on_monday_looks_back(parse_article: ParseArticle) -> None:
    doc, article = parse_article(
        "The board had a full count in the early hours of Monday.", _SUNDAY
    )
    (found,) = [d for d in find_dates(doc, article) if d.text == "Monday"]
    assert found.start == date(2027, 5, 3)


# --- 3. a lone surname of a person named earlier is that person --------------------


def _analysis(text: str, outlet: str = "Halden Courier") -> AnalyzedArticle:
    return analyze_article(text_article(text, outlet), AnalyzeParams())


@pytest.mark.parametrize("surname", ["Greaves", "Vikers"])
def test_a_surname_tagged_as_a_plural_noun_is_the_named_person(surname: str) -> None:
    text = (
        "Councillor Ebba Lindgren's party filed a complaint with the court on Monday. "
        f"The complaint was delivered at noon, according to Marit {surname}, a lawyer "
        'for the party. "We have filed because the gap is smaller than the number of '
        f"spoiled ballots,\" {surname} said outside the court's offices."
    )
    analysis = _analysis(text)
    key = f"marit {surname.lower()}"
    (said,) = [
        a for a in analysis.attributions if text[a.span.start : a.span.end] == f"{surname} said"
    ]
    assert (said.source_key, said.kind.value) == (key, "person")
    (quote,) = analysis.quotes
    assert quote.speaker_key == key
    lone = [m for m in analysis.mentions if m.text == surname]
    assert [(m.key, m.kind) for m in lone] == [(key, EntityKind.PERSON)]
