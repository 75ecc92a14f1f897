"""A count of years, months or weeks back is rounded to its unit, not one day.

"Made her debut six years ago" written on two days a day apart tells one time: the
years counted back name a stretch about a year long, so the two never disagree, while
"three days ago" stays one day.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from corrobora.extract.dates import find_dates
from corrobora.model import Article, ConflictKind

from .stories import fact_with, write_article


def _interval(text: str, day: int) -> tuple[date | None, date | None]:
    article = Article(
        id="a", text=text, title="t", outlet="o", published=datetime(2026, 3, day, tzinfo=UTC)
    )
    (mention,) = find_dates(text, article)
    return mention.start, mention.end


def test_years_ago_is_a_year_around_the_day() -> None:
    start, end = _interval("She joined the board six years ago.", 10)
    assert start is not None and end is not None
    assert start < date(2020, 3, 10) < end
    assert (end - start).days > 300


def test_months_and_weeks_ago_are_a_month_and_a_week() -> None:
    start, end = _interval("The plant closed two months ago.", 10)
    assert start is not None and end is not None and 25 < (end - start).days < 35
    start, end = _interval("The plant closed three weeks ago.", 10)
    assert start is not None and end is not None and (end - start).days == 6


def test_days_ago_stays_one_day() -> None:
    assert _interval("The plant closed three days ago.", 10) == (date(2026, 3, 7),) * 2


def test_years_ago_a_day_apart_agree(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Post",
        "2026-03-10T08:00:00",
        "Ostrava Rovers signed winger Lena Marsk on Monday. "
        "Marsk made her first-team debut six years ago.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Valley Radio",
        "2026-03-11T09:00:00",
        "Winger Lena Marsk completed her move to Ostrava Rovers. "
        "Marsk, 24, made her first-team debut for Kessel six years ago.",
    )
    fact = fact_with(tmp_path, "first-team debut")
    assert len(fact.support) == 2
    assert not [c for c in fact.conflicts if c.kind is ConflictKind.DATE]
