"""A weekday in a forward-looking context is the next one, as a bare month is."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from corrobora.extract.dates import find_dates

from .conftest import ParseArticle, build_article

MONDAY = datetime(2026, 5, 11, 8, tzinfo=UTC)
TUESDAY = datetime(2026, 5, 12, 8, tzinfo=UTC)


def _weekday_start(parse_article: ParseArticle, text: str, published: datetime) -> date | None:
    """The first day of the only weekday found in ``text``, read with a parse."""
    doc, article = parse_article(text, published)
    (mention,) = find_dates(doc, article)
    return mention.start


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The final tally of the Orvan ballot is expected on Wednesday.", MONDAY, 13),
        ("The final tally of the Orvan ballot will be announced on Wednesday.", MONDAY, 13),
        ("The recount in Orvan is expected to begin on Thursday.", TUESDAY, 14),
        ("The moorland fire is expected to be put out by Wednesday.", TUESDAY, 13),
        ("The ferry to Kessin may resume sailing on Friday.", MONDAY, 15),
        ("The Orvan council is to vote on Thursday.", MONDAY, 14),
    ],
)
def test_a_weekday_looked_forward_to_is_the_next_one(
    parse_article: ParseArticle, text: str, published: datetime, expected: int
) -> None:
    assert _weekday_start(parse_article, text, published) == date(2026, 5, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The final tally was expected on Wednesday but was delayed.", 6),
        ("The ferry to Kessin may have resumed sailing on Friday.", 8),
        ("The moorland fire was put out by Thursday.", 7),
        ("The Orvan mayor said on Friday the ferry will resume sailing.", 8),
        ("The Orvan council voted on Thursday.", 7),
    ],
)
def test_a_weekday_in_the_past_or_of_a_saying_stays_behind(
    parse_article: ParseArticle, text: str, expected: int
) -> None:
    """Past tense, a perfect, and the day something was said look back."""
    assert _weekday_start(parse_article, text, MONDAY) == date(2026, 5, expected)


def test_plain_text_reads_the_same_cues_for_a_weekday() -> None:
    """Without a parse the clause before the weekday is searched, past "was" excepted."""
    for text, expected in (
        ("The final tally is expected on Wednesday.", 13),
        ("The final tally was expected on Wednesday.", 6),
        ("The final tally was published on Wednesday.", 6),
    ):
        (mention,) = find_dates(text, build_article(text, MONDAY))
        assert mention.start == date(2026, 5, expected), text


def test_a_month_after_a_past_saying_stays_behind(parse_article: ParseArticle) -> None:
    """The month path shares the forward test: "said in March it may" dates the saying."""
    doc, article = parse_article("The Kessin board said in March it may sell the ferry.", MONDAY)
    (march,) = find_dates(doc, article)
    assert march.start == date(2026, 3, 1)


@pytest.mark.parametrize(
    "text",
    [
        "The Orvan water board said its test results were expected on Wednesday.",
        "The council said the final tally was scheduled for Wednesday.",
    ],
)
def test_a_plan_in_the_passive_past_of_a_saying_looks_forward(
    parse_article: ParseArticle, text: str
) -> None:
    """The past tense follows the saying's: when it was said, Wednesday lay ahead."""
    assert _weekday_start(parse_article, text, MONDAY) == date(2026, 5, 13)
