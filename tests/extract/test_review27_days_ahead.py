"""A weekday something is called or booked for, or one a "when" clause puts ahead.

"The union called a strike for Friday" written on a Wednesday is this Friday, though
"called" is past: what is called for a day happens on it, after the call. So is
"Friday, when parliament is due to vote". A measured value ("the figure for Friday"),
a passive past plan ("was scheduled for Friday") and a past "when" clause keep the
day behind.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from corrobora.extract.dates import find_dates
from tests.stories import fact_with, write_article

from .conftest import ParseArticle, build_article

WEDNESDAY = datetime(2026, 4, 15, 10, 0, tzinfo=UTC)
THIS_FRIDAY = date(2026, 4, 17)
LAST_FRIDAY = date(2026, 4, 10)


def _friday(parse_article: ParseArticle, text: str) -> date | None:
    doc, article = parse_article(text, WEDNESDAY)
    (parsed,) = [m for m in find_dates(doc, article) if m.text == "Friday"]
    (plain,) = [m for m in find_dates(text, build_article(text, WEDNESDAY)) if m.text == "Friday"]
    assert parsed.start == plain.start, text
    return parsed.start


@pytest.mark.parametrize(
    "text",
    [
        "The dockers' union called a walkout for Friday.",
        "The dockers' union called a walkout for Friday, when the council is due to vote.",
        "The dockers announced a march on Friday, when the council will vote on the plan.",
    ],
)
def test_a_day_called_for_lies_ahead(parse_article: ParseArticle, text: str) -> None:
    assert _friday(parse_article, text) == THIS_FRIDAY


@pytest.mark.parametrize(
    "text",
    [
        "The figure for Friday was lower.",
        "He was charged over Friday's walkout.",
        "The council voted on Friday, when the dockers were due to strike.",
        "The dockers marched on Friday.",
    ],
)
def test_a_day_measured_or_past_stays_behind(parse_article: ParseArticle, text: str) -> None:
    assert _friday(parse_article, text) == LAST_FRIDAY


def test_a_strike_called_for_friday_is_no_date_conflict(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harlow Courier",
        "2026-04-15T09:30:00",
        "Mara Velt, the dockers' leader, said the union would call a second walkout "
        "for Friday against the port sale.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Eastfield Radio",
        "2026-04-15T12:00:00",
        "The dockers' union called a second walkout for Friday, when the council is due "
        "to vote on the port sale.",
    )
    fact = fact_with(tmp_path, "walkout for Friday, when")
    assert not fact.conflicts
