"""Quarters and halves of a year are their own months, not the whole year."""

from __future__ import annotations

from datetime import date

import pytest

from corrobora.extract.dates import find_dates

from .conftest import ParseArticle, build_article

D = date


def _dates(text: str) -> dict[str, tuple[date | None, date | None]]:
    found = find_dates(text, build_article(text))
    for mention in found:
        assert mention.span.slice(text) == mention.text
    return {m.text: (m.start, m.end) for m in found}


@pytest.mark.parametrize(
    ("text", "expression", "interval"),
    [
        (
            "The deal is expected to close in the first quarter of 2027.",
            "the first quarter of 2027",
            (D(2027, 1, 1), D(2027, 3, 31)),
        ),
        (
            "Sales rose in the 1st quarter 2026.",
            "the 1st quarter 2026",
            (D(2026, 1, 1), D(2026, 3, 31)),
        ),
        (
            "Sales fell in the fourth quarter of 2025.",
            "the fourth quarter of 2025",
            (D(2025, 10, 1), D(2025, 12, 31)),
        ),
        ("Shipments resume in Q1 2027.", "Q1 2027", (D(2027, 1, 1), D(2027, 3, 31))),
        ("Profit doubled in Q3 of 2026.", "Q3 of 2026", (D(2026, 7, 1), D(2026, 9, 30))),
        (
            "The plant opens in the first half of 2027.",
            "the first half of 2027",
            (D(2027, 1, 1), D(2027, 6, 30)),
        ),
        (
            "The plant opens in the second half of 2027.",
            "the second half of 2027",
            (D(2027, 7, 1), D(2027, 12, 31)),
        ),
        ("Results for H2 2026 were weak.", "H2 2026", (D(2026, 7, 1), D(2026, 12, 31))),
        ("Output rose in H1 of 2026.", "H1 of 2026", (D(2026, 1, 1), D(2026, 6, 30))),
        (
            "The line opens in the second half of next year.",
            "the second half of next year",
            (D(2026, 7, 1), D(2026, 12, 31)),
        ),
    ],
)
def test_a_quarter_or_half_of_a_year_is_its_months(
    text: str, expression: str, interval: tuple[date, date]
) -> None:
    assert _dates(text) == {expression: interval}


def test_a_quarter_conflicts_with_a_month_of_the_same_year(parse_article: ParseArticle) -> None:
    """The reported case: Q1 2027 and December 2027 do not overlap."""
    text = (
        "The deal is expected to close in the first quarter of 2027. "
        "The companies said the deal was expected to close in December 2027."
    )
    doc, article = parse_article(text)
    first, second = find_dates(doc, article)
    assert (first.text, first.start, first.end) == (
        "the first quarter of 2027",
        D(2027, 1, 1),
        D(2027, 3, 31),
    )
    assert second.start is not None and first.end is not None and first.end < second.start


def test_early_and_late_narrow_a_quarter() -> None:
    assert _dates("It ships late in the first quarter of 2027.") == {
        "late in the first quarter of 2027": (D(2027, 3, 2), D(2027, 3, 31))
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fiscal quarter is the company's months: the year alone stays
        (
            "Profit rose in its fiscal third quarter of 2027.",
            {"2027": (D(2027, 1, 1), D(2027, 12, 31))},
        ),
        ("Profit rose in fiscal Q3 2026.", {"2026": (D(2026, 1, 1), D(2026, 12, 31))}),
        # without a year a quarter may be a game's
        ("She scored twice in the third quarter.", {}),
        ("The team led after the first half.", {}),
        # no third half
        ("Results for H3 2026 were weak.", {"2026": (D(2026, 1, 1), D(2026, 12, 31))}),
        # a plain year is still the whole year
        ("The deal closes in 2027.", {"2027": (D(2027, 1, 1), D(2027, 12, 31))}),
    ],
)
def test_fiscal_and_yearless_quarters_are_no_calendar_quarter(
    text: str, expected: dict[str, tuple[date, date]]
) -> None:
    assert _dates(text) == expected


def test_a_quarter_of_this_year_needs_an_anchor() -> None:
    text = "Sales rose in the first quarter of this year."
    article = build_article(text, published=None)
    (mention,) = find_dates(text, article)
    assert (mention.text, mention.start, mention.end) == (
        "the first quarter of this year",
        None,
        None,
    )
