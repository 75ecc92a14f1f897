"""A fixture told in the present, and a weekday written with its date.

"The Rovers face the Wanderers on Saturday" written on a Wednesday is the coming
Saturday: news tells what has happened in the past tense, so a game, a hearing or a trip
named in the simple present keeps a timetable. "Saturday, April 25" names its day
twice; the written date holds the weekday too, also when a clause ends between them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from corrobora.extract.dates import find_dates
from corrobora.model import ConflictKind
from tests.stories import fact_with, write_article

from .conftest import ParseArticle, build_article

WEDNESDAY = datetime(2026, 4, 15, 10, 0, tzinfo=UTC)
THIS_SATURDAY = date(2026, 4, 18)
LAST_SATURDAY = date(2026, 4, 11)


def _saturday(parse_article: ParseArticle, text: str) -> date | None:
    doc, article = parse_article(text, WEDNESDAY)
    (mention,) = [m for m in find_dates(doc, article) if m.text == "Saturday"]
    return mention.start


@pytest.mark.parametrize(
    "text",
    [
        "The Rovers face the Wanderers in the cup final on Saturday.",
        "The Rovers (11-5) face the Wanderers (7-9) in a playoff game at 3:30 p. m. Saturday "
        "at Kell Park.",
        "The appeals court hears the case against the mayor on Saturday.",
    ],
)
def test_a_fixture_in_the_present_lies_ahead(parse_article: ParseArticle, text: str) -> None:
    assert _saturday(parse_article, text) == THIS_SATURDAY


@pytest.mark.parametrize(
    "text",
    [
        "The Rovers faced the Wanderers in the cup final on Saturday.",
        "The club says the stand was damaged on Saturday.",
        "The Rovers have played the Wanderers twice since Saturday.",
    ],
)
def test_a_past_act_keeps_its_day_behind(parse_article: ParseArticle, text: str) -> None:
    assert _saturday(parse_article, text) == LAST_SATURDAY


@pytest.mark.parametrize(
    "text",
    [
        "The Rovers will face the Wanderers at 8 p. m. Saturday, April 25 at Kell Park.",
        "The Rovers faced the Wanderers on Saturday, 4 April, at Kell Park.",
    ],
)
def test_a_weekday_takes_the_date_written_after_it(parse_article: ParseArticle, text: str) -> None:
    doc, article = parse_article(text, WEDNESDAY)
    parsed = {m.text: m.start for m in find_dates(doc, article)}
    plain = {m.text: m.start for m in find_dates(text, build_article(text, WEDNESDAY))}
    written = parsed.pop("Saturday")
    assert written == plain["Saturday"]
    assert list(parsed.values()) == [written]


def test_a_weekday_with_a_dated_year_needs_no_anchor() -> None:
    text = "The final is on Saturday, April 25, 2026, at Kell Park."
    (day, _) = find_dates(text, build_article(text, None))
    assert (day.text, day.start, day.end) == ("Saturday", date(2026, 4, 25), date(2026, 4, 25))


def test_a_fixture_and_a_planned_game_are_one_day(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Post",
        "2026-04-15T10:00:00",
        "The Rovers placed their goalkeeper on the injured list on Wednesday. "
        "The Rovers face the Wanderers in the cup final at Kell Park on Saturday.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastal Times",
        "2026-04-15T12:00:00",
        "The Rovers have put their goalkeeper on the injured list. "
        "The Rovers will face the Wanderers in the cup final at Kell Park on Saturday.",
    )
    fact = fact_with(tmp_path, "face the Wanderers in the cup final")
    assert len({s.text for s in fact.support}) == 2
    assert ConflictKind.DATE not in {c.kind for c in fact.conflicts}
