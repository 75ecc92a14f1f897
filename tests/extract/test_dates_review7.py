"""Forward-looking quarters, "the end of the year" and a weekday dating a price."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from corrobora.extract.dates import find_dates

from .conftest import ParseArticle, build_article

D = date
MONDAY = datetime(2026, 11, 2, 6, 30, tzinfo=UTC)  # the reviewed articles' day
Found = dict[str, tuple[date | None, date | None]]


def _text_dates(text: str) -> Found:
    found = find_dates(text, build_article(text, MONDAY))
    for mention in found:
        assert mention.span.slice(text) == mention.text
    return {m.text: (m.start, m.end) for m in found}


def _both(text: str, parse_article: ParseArticle) -> tuple[Found, Found]:
    """The dates of ``text`` found without and with a parse."""
    doc, article = parse_article(text, MONDAY)
    parsed = {m.text: (m.start, m.end) for m in find_dates(doc, article)}
    return _text_dates(text), parsed


FIRST_QUARTER_2027 = (D(2027, 1, 1), D(2027, 3, 31))
END_OF_2026 = (D(2026, 9, 1), D(2026, 12, 31))
PAST_FRIDAY = (D(2026, 10, 30), D(2026, 10, 30))
NEXT_FRIDAY = (D(2026, 11, 6), D(2026, 11, 6))


@pytest.mark.parametrize(
    ("text", "expression", "interval"),
    [
        (
            "The Federal Competition Board is expected to approve the takeover in the first"
            " quarter.",
            "the first quarter",
            FIRST_QUARTER_2027,
        ),
        (
            "The regulator will rule on the takeover during the first quarter.",
            "the first quarter",
            FIRST_QUARTER_2027,
        ),
        (
            "The plant is due to open in the fourth quarter.",
            "the fourth quarter",
            (D(2026, 10, 1), D(2026, 12, 31)),
        ),
        (
            "The line will reopen in the third quarter.",
            "the third quarter",
            (D(2027, 7, 1), D(2027, 9, 30)),
        ),
        (
            "Output will recover in the second half.",
            "the second half",
            (D(2026, 7, 1), D(2026, 12, 31)),
        ),
        (
            "The company plans to list its shares in the first half.",
            "the first half",
            (D(2027, 1, 1), D(2027, 6, 30)),
        ),
        (
            "The deal will close by the end of the first quarter.",
            "the end of the first quarter",
            (D(2027, 3, 2), D(2027, 3, 31)),
        ),
    ],
)
def test_a_forward_quarter_or_half_without_a_year_is_the_next_one(
    text: str, expression: str, interval: tuple[date, date], parse_article: ParseArticle
) -> None:
    plain, parsed = _both(text, parse_article)
    assert plain == parsed == {expression: interval}


@pytest.mark.parametrize(
    "text",
    [
        "Ortiz scored in the third quarter.",
        "Sales fell in the first quarter.",
        "The Federal Competition Board approved the takeover in the first quarter.",
        "The team will start the second half without its captain.",
        "He will come on in the second half of the game.",
        "Fans will stay for the first half hour.",
        "Corvane expects to report results for the fiscal first quarter.",
    ],
)
def test_a_quarter_or_half_without_a_year_is_otherwise_no_date(
    text: str, parse_article: ParseArticle
) -> None:
    assert _both(text, parse_article) == ({}, {})


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("Approval is expected by the end of the year.", "the end of the year"),
        ("Approval is expected by the end of this year.", "the end of this year"),
        ("Approval is expected by the end of 2026.", "the end of 2026"),
        ("The deal should close before the end of the year.", "the end of the year"),
        ("The bank will report by the end of year.", "the end of year"),
        ("Approval is expected by year-end.", "year-end"),
        ("Approval is expected by year end.", "year end"),
        ("The sale should be complete before the year's end.", "the year's end"),
    ],
)
def test_the_end_of_the_year_is_the_last_third_of_the_anchor_year(
    text: str, expression: str, parse_article: ParseArticle
) -> None:
    plain, parsed = _both(text, parse_article)
    assert plain == parsed == {expression: END_OF_2026}


def test_the_end_of_the_year_follows_the_modifier_rule() -> None:
    """Like "the end of November", and overlapping "later this year"."""
    found = _text_dates(
        "It will open at the end of November. It will open later this year. "
        "It will open at the beginning of the year. It will open in the middle of the year."
    )
    assert found["at the end of November"] == (D(2026, 11, 21), D(2026, 11, 30))
    assert found["later this year"] == (D(2026, 11, 2), D(2026, 12, 31))
    assert found["at the beginning of the year"] == (D(2026, 1, 1), D(2026, 5, 2))
    assert found["the middle of the year"] == (D(2026, 5, 2), D(2026, 8, 31))


def test_year_end_with_a_year_is_that_year() -> None:
    assert _text_dates("Profit will be reported at year-end 2025.") == {
        "year-end 2025": (D(2025, 9, 1), D(2025, 12, 31))
    }


@pytest.mark.parametrize(
    "text",
    [
        "It was the year's best film.",
        "The year was hard for the company.",
        "Year-end bonuses will be cut.",
        "The fund will close at the end of the fiscal year.",
    ],
)
def test_a_bare_year_is_no_date(text: str, parse_article: ParseArticle) -> None:
    assert _both(text, parse_article) == ({}, {})


def test_the_first_quarter_and_the_end_of_the_year_do_not_overlap(
    parse_article: ParseArticle,
) -> None:
    """The reviewed pair: two approvals expected at different times can conflict."""
    plain, parsed = _both(
        "Approval from the Federal Competition Board is expected by the end of the year. "
        "The Federal Competition Board is expected to approve the takeover in the first"
        " quarter.",
        parse_article,
    )
    assert plain == parsed
    (first, year_end), (second, quarter) = sorted(parsed.items())
    assert (first, year_end) == ("the end of the year", END_OF_2026)
    assert (second, quarter) == ("the first quarter", FIRST_QUARTER_2027)
    assert year_end[1] is not None and quarter[0] is not None and year_end[1] < quarter[0]


@pytest.mark.parametrize(
    "text",
    [
        "Corvane will pay $31.50 a share, a premium of 27 percent to Brightwater's closing"
        " price on Friday, the person said.",
        "Corvane will pay a premium of 27 percent over Friday's close.",
        "The offer will be 27 percent above the level on Friday.",
        "The index will open above Friday's record high.",
    ],
)
def test_a_weekday_dating_a_measurement_looks_back(text: str, parse_article: ParseArticle) -> None:
    plain, parsed = _both(text, parse_article)
    assert plain == parsed == {"Friday": PAST_FRIDAY}


@pytest.mark.parametrize(
    ("text", "interval"),
    [
        ("The results will be announced on Wednesday.", (D(2026, 11, 4), D(2026, 11, 4))),
        ("The results are expected on Wednesday.", (D(2026, 11, 4), D(2026, 11, 4))),
        ("Trading may resume on Friday.", NEXT_FRIDAY),
        ("The board will decide by Wednesday.", (D(2026, 11, 4), D(2026, 11, 4))),
        ("The board will hold a vote on Friday.", NEXT_FRIDAY),
        ("The deal will close on Friday.", NEXT_FRIDAY),
        ("The results will be announced at a meeting on Friday.", NEXT_FRIDAY),
    ],
)
def test_a_weekday_of_a_forward_event_still_looks_forward(
    text: str, interval: tuple[date, date], parse_article: ParseArticle
) -> None:
    plain, parsed = _both(text, parse_article)
    weekday = next(iter(parsed))
    assert plain == parsed == {weekday: interval}


def test_without_an_anchor_the_new_expressions_are_found_without_days() -> None:
    text = "Approval is expected by year-end. The plant will open in the fourth quarter."
    found = find_dates(text, build_article(text, published=None))
    assert [(m.text, m.start, m.end) for m in found] == [
        ("year-end", None, None),
        ("the fourth quarter", None, None),
    ]
