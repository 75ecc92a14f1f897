"""Modal verbs that look ahead: "would" in reported speech, "could"; "could not" does not."""

from __future__ import annotations

from datetime import date

import pytest

from corrobora.extract.dates import find_dates

from .conftest import ParseArticle

# The anchor is Wednesday 2025-03-12.
NEXT_MONDAY = date(2025, 3, 17)
LAST_MONDAY = date(2025, 3, 10)


@pytest.mark.parametrize(
    "text",
    [
        "The official said the final result would be declared on Monday.",
        "Falk told reporters the bridge would reopen on Monday.",
        (
            "Returning officer Karin Falk said in a statement that the final result would be "
            "declared on Monday afternoon, once all postal ballots had been counted."
        ),
    ],
)
def test_would_under_a_verb_of_speech_looks_forward(parse_article: ParseArticle, text: str) -> None:
    (monday,) = find_dates(*parse_article(text))
    assert monday.start == NEXT_MONDAY


@pytest.mark.parametrize(
    "text",
    [
        "The official said the result would have been declared on Monday.",
        "The ferry would sail on Monday in those years.",
    ],
)
def test_would_elsewhere_keeps_the_nearest_day(parse_article: ParseArticle, text: str) -> None:
    (monday,) = find_dates(*parse_article(text))
    assert monday.start == LAST_MONDAY


def test_could_looks_forward_unless_negated(parse_article: ParseArticle) -> None:
    (monday,) = find_dates(*parse_article("The bridge could reopen on Monday."))
    assert monday.start == NEXT_MONDAY
    (monday,) = find_dates(*parse_article("The minister could not attend on Monday."))
    assert monday.start == LAST_MONDAY
