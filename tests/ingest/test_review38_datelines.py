"""A header-less text's dateline (a first or second line that is only a date) dates it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from corrobora.ingest.text import parse_text

BODY = (
    "Breskatel said its cable between Port Orla and Tamsby was cut early in the morning.\n"
    "All links were back up within two hours, the operator said in a statement.\n"
)


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        ("October 10, 2031", datetime(2031, 10, 10, tzinfo=UTC)),
        ("16 August 2031", datetime(2031, 8, 16, tzinfo=UTC)),
        ("Sat, 16 Aug 2031", datetime(2031, 8, 16, tzinfo=UTC)),
        ("2031-08-16", datetime(2031, 8, 16, tzinfo=UTC)),
        ("(Saturday 16th August 2031)", datetime(2031, 8, 16, tzinfo=UTC)),
        (
            "Friday, Oct. 10, 2031 at 10:35 a.m. EDT",
            datetime(2031, 10, 10, 10, 35, tzinfo=timezone(timedelta(hours=-4))),
        ),
    ],
)
def test_second_line_dateline_is_the_publication_date(dateline: str, expected: datetime) -> None:
    text = f"Breskatel cable cut off Port Orla\n{dateline}\n{BODY}"
    article = parse_text(text, name="cut.txt")
    assert article.published == expected
    assert article.text == text  # the dateline stays part of the text
    assert article.title == "Breskatel cable cut off Port Orla"


def test_first_line_dateline_after_blank_lines() -> None:
    text = f"\n\n16 August 2031\n\nBreskatel cable cut off Port Orla\n{BODY}"
    article = parse_text(text, name="cut.txt")
    assert article.published == datetime(2031, 8, 16, tzinfo=UTC)
    assert article.title == "Breskatel cable cut off Port Orla"


def test_a_second_line_dateline_leaves_the_first_line_the_title() -> None:
    text = f"Breskatel cable cut off Port Orla\n16 August 2031\n{BODY}"
    assert parse_text(text, name="cut.txt").title == "Breskatel cable cut off Port Orla"


def test_dateline_under_a_header_without_a_published_date() -> None:
    text = f"Title: Breskatel cable cut\nOutlet: Orla Wire\n\nAugust 16, 2031\n{BODY}"
    article = parse_text(text, name="cut.txt")
    assert article.published == datetime(2031, 8, 16, tzinfo=UTC)
    assert article.text.startswith("August 16, 2031\n")


def test_published_header_wins_over_a_dateline() -> None:
    text = f"Published: 2031-08-18\n\nAugust 16, 2031\n{BODY}"
    assert parse_text(text, name="cut.txt").published == datetime(2031, 8, 18, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        # a headline that names a date is no dateline
        f"Cable cut on 16 August 2031 leaves Tamsby offline\n{BODY}",
        # a date without a year is not enough
        f"Breskatel cable cut off Port Orla\nAugust 16\n{BODY}",
        # only the first two non-blank lines are looked at
        f"Breskatel cable cut off Port Orla\nBy Mira Olsen\nAugust 16, 2031\n{BODY}",
        # a date-like line that is no date is text, not an error
        f"Breskatel cable cut off Port Orla\nFebruary 30, 2031\n{BODY}",
        f"Breskatel cable cut off Port Orla\nAugust 16, 2031 10:35 XYZ\n{BODY}",
    ],
)
def test_no_dateline(text: str) -> None:
    assert parse_text(text, name="cut.txt").published is None
