"""Filtering the story listing: StoryFilter on real SQLite and PostgreSQL stores."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from corrobora.model import Story
from corrobora.store import Store, StoryFilter
from corrobora.store.storyquery import parse_time_bound, story_summary_sql
from tests.store.conftest import Target
from tests.store.records import MINUS_FIVE, PLUS_TWO, make_analysis

# Story ids, most recently seen first (the listing order without filters).
STRIKE, FERRY, BUDGET, SNOW = "strike000001", "ferry0000002", "budget000003", "snow00000004"
ALL = [STRIKE, FERRY, BUDGET, SNOW]

FERRY_TIME = datetime(2025, 3, 4, 23, 30, tzinfo=MINUS_FIVE)
"""Late on March 4 at -05:00, which is 04:30 on March 5 in UTC."""


def fill_filter_store(store: Store) -> Store:
    """Four stories from five outlets: two dated on one day, one offset, one undated.

    ``a3`` holds the SQL specials ``%``, ``_`` and ``'``; ``a4``'s outlet needs real
    case folding (``ß`` folds to ``ss``).
    """
    budget_start = datetime(2025, 3, 3, 10, 0, tzinfo=UTC)
    budget_end = datetime(2025, 3, 3, 18, 0, tzinfo=PLUS_TWO)  # 16:00 UTC
    strike_time = datetime(2025, 3, 6, 9, 0, tzinfo=UTC)
    analyses = [
        make_analysis(
            "a1",
            "Harbor Gazette",
            "The city council approved the harbour budget on Monday.",
            published=budget_start,
        ),
        make_analysis(
            "a2",
            "Valley Post",
            "Members voted 12 to 3, officials said.",
            published=budget_end,
        ),
        make_analysis(
            "a3",
            "Ridge Times",
            "A storm shut the northern ferry route; fares rose 5% for 100_000 riders, "
            "the operator's notice said.",
            published=FERRY_TIME,
        ),
        make_analysis("a4", "Nordstraße Bote", "Snowfall stopped the mountain trains."),
        make_analysis(
            "a5",
            "Valley Post",
            "Harbour workers ended their walkout after the wage deal.",
            published=strike_time,
        ),
    ]
    store.add_analyses(analyses)
    stories = [
        Story(BUDGET, "Council approves budget", ("a1", "a2"), budget_start, budget_end),
        Story(FERRY, "Storm closes ferry route", ("a3",), FERRY_TIME, FERRY_TIME),
        Story(SNOW, "Snow stops trains", ("a4",)),
        Story(STRIKE, "Strike ends", ("a5",), strike_time, strike_time),
    ]
    store.replace_stories(stories, [], [])
    return store


@pytest.fixture
def store(target: Target) -> Iterator[Store]:
    with target.open() as opened:
        yield fill_filter_store(opened)


def ids(store: Store, story_filter: StoryFilter | None = None) -> list[str]:
    return [s.id for s in store.story_summaries(story_filter)]


def at(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0, us: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, us, tzinfo=UTC)


# ---------------------------------------------------------------- no filter


def test_without_filter_every_story_most_recent_first(store: Store) -> None:
    assert ids(store) == ALL
    assert ids(store, StoryFilter()) == ALL
    assert not StoryFilter().selective


# ---------------------------------------------------------------- period


def test_since_keeps_stories_seen_at_or_after(store: Store) -> None:
    # The ferry article, late on March 4 at -05:00, is March 5 in UTC.
    assert ids(store, StoryFilter(since=at(2025, 3, 5))) == [STRIKE, FERRY]
    assert ids(store, StoryFilter(since=datetime(2025, 3, 5))) == [STRIKE, FERRY]  # naive: UTC
    # Midnight at -05:00 is 05:00 UTC, after the ferry article.
    later = datetime(2025, 3, 5, tzinfo=MINUS_FIVE)
    assert ids(store, StoryFilter(since=later)) == [STRIKE]


def test_until_keeps_stories_seen_at_or_before(store: Store) -> None:
    end_of_march_4 = at(2025, 3, 4, 23, 59, 59, 999_999)
    assert ids(store, StoryFilter(until=end_of_march_4)) == [BUDGET]
    assert ids(store, StoryFilter(until=at(2025, 3, 5, 12))) == [FERRY, BUDGET]


def test_bounds_are_inclusive_in_any_offset(store: Store) -> None:
    budget_end = at(2025, 3, 3, 16)
    assert ids(store, StoryFilter(since=budget_end)) == [STRIKE, FERRY, BUDGET]
    assert BUDGET not in ids(store, StoryFilter(since=budget_end + timedelta(microseconds=1)))
    assert ids(store, StoryFilter(until=FERRY_TIME)) == [FERRY, BUDGET]
    before = FERRY_TIME - timedelta(microseconds=1)
    assert ids(store, StoryFilter(until=before.astimezone(PLUS_TWO))) == [BUDGET]


def test_period_overlap_needs_no_article_inside_the_range(store: Store) -> None:
    # The budget story runs 10:00-16:00 UTC; nothing was published from 12:00 to 13:00.
    window = StoryFilter(since=at(2025, 3, 3, 12), until=at(2025, 3, 3, 13))
    assert ids(store, window) == [BUDGET]
    assert ids(store, StoryFilter(since=at(2025, 3, 3, 17), until=at(2025, 3, 5))) == []


def test_undated_stories_are_left_out_by_a_period_only(store: Store) -> None:
    assert SNOW in ids(store, StoryFilter(outlets=("Nordstraße Bote",)))
    assert SNOW not in ids(store, StoryFilter(since=at(2000, 1, 1)))
    assert SNOW not in ids(store, StoryFilter(until=at(2100, 1, 1)))


def test_naive_stored_times_are_read_as_utc(target: Target) -> None:
    with target.open() as store:
        store.add_analyses([make_analysis("n1", "Valley Post", "A bridge reopened.")])
        noon = datetime(2025, 3, 7, 12, 0)
        store.replace_stories(
            [Story("naive0000001", "Bridge reopens", ("n1",), noon, noon)], [], []
        )
        assert ids(store, StoryFilter(since=at(2025, 3, 7, 12))) == ["naive0000001"]
        assert ids(store, StoryFilter(until=at(2025, 3, 7, 12))) == ["naive0000001"]
        assert ids(store, StoryFilter(since=datetime(2025, 3, 7, 13, tzinfo=PLUS_TWO))) == [
            "naive0000001"
        ]
        assert ids(store, StoryFilter(since=at(2025, 3, 7, 12, 0, 0, 1))) == []


# ---------------------------------------------------------------- outlets


def test_outlets_match_case_insensitively(store: Store) -> None:
    assert ids(store, StoryFilter(outlets=("valley post",))) == [STRIKE, BUDGET]
    assert ids(store, StoryFilter(outlets=("VALLEY POST",))) == [STRIKE, BUDGET]
    # Case folding, not just lower-casing: ß and SS are the same.
    assert ids(store, StoryFilter(outlets=("NORDSTRASSE BOTE",))) == [SNOW]


def test_any_of_several_outlets(store: Store) -> None:
    either = StoryFilter(outlets=("Ridge Times", "harbor gazette"))
    assert ids(store, either) == [FERRY, BUDGET]
    assert ids(store, StoryFilter(outlets=("Unknown Herald",))) == []
    # A partial name is not an outlet.
    assert ids(store, StoryFilter(outlets=("Valley",))) == []


# ---------------------------------------------------------------- query


def test_query_words_in_article_text_not_in_titles(store: Store) -> None:
    # "harbour" is in the text of a1 and a5, in no title.
    assert ids(store, StoryFilter(query="harbour")) == [STRIKE, BUDGET]
    assert ids(store, StoryFilter(query="operator's")) == [FERRY]


def test_every_query_word_must_occur_anywhere_in_the_story(store: Store) -> None:
    # "voted" is in a2, "harbour" in a1: different articles of one story.
    assert ids(store, StoryFilter(query="voted harbour")) == [BUDGET]
    # "approves" only in the story title, "officials" only in a2.
    assert ids(store, StoryFilter(query="APPROVES Officials")) == [BUDGET]
    # "report" is in the article titles ("Valley Post report"), nowhere else.
    assert ids(store, StoryFilter(query="post report")) == [STRIKE, BUDGET]
    assert ids(store, StoryFilter(query="harbour ferry")) == []


def test_blank_query_selects_everything(store: Store) -> None:
    assert ids(store, StoryFilter(query="  ")) == ALL
    assert not StoryFilter(query=" ").selective


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("%", [FERRY]),
        ("5%", [FERRY]),
        ("_", [FERRY]),
        ("100_000", [FERRY]),
        ("1_0", []),  # "_" is not a wildcard
        ("'", [FERRY]),
        ("' OR '1'='1", []),
        ('"; DROP TABLE stories; --', []),
    ],
)
def test_sql_special_characters_are_plain_text(
    store: Store, query: str, expected: list[str]
) -> None:
    assert ids(store, StoryFilter(query=query)) == expected
    assert ids(store) == ALL


def test_user_text_never_enters_the_sql() -> None:
    hostile = "zz' OR 1=1 --"
    sql, values = story_summary_sql(
        StoryFilter(query=hostile, outlets=(hostile,), limit=3, since=at(2025, 1, 1))
    )
    assert "zz" not in sql and "1=1" not in sql
    assert sql.count("?") == len(values)
    assert "zz'" in values and "zz' or 1=1 --" in values and 3 in values


# ---------------------------------------------------------------- limit and combinations


def test_limit_keeps_the_most_recent(store: Store) -> None:
    assert ids(store, StoryFilter(limit=2)) == [STRIKE, FERRY]
    assert ids(store, StoryFilter(limit=0)) == []
    assert ids(store, StoryFilter(limit=10)) == ALL
    assert ids(store, StoryFilter(outlets=("valley post",), limit=1)) == [STRIKE]


def test_filters_combine(store: Store) -> None:
    march_3_to_5 = StoryFilter(since=at(2025, 3, 3), until=at(2025, 3, 5, 23, 59))
    valley = ("valley post",)
    assert ids(store, march_3_to_5) == [FERRY, BUDGET]
    assert ids(store, replace(march_3_to_5, outlets=valley)) == [BUDGET]
    assert ids(store, replace(march_3_to_5, query="storm")) == [FERRY]
    assert ids(store, replace(march_3_to_5, outlets=valley, query="storm")) == []
    assert ids(store, StoryFilter(outlets=("valley post",), query="walkout")) == [STRIKE]


def test_summaries_keep_their_counts_when_filtered(store: Store) -> None:
    (budget,) = store.story_summaries(StoryFilter(query="voted"))
    assert (budget.articles, budget.outlets) == (2, 2)
    assert budget.last_seen == at(2025, 3, 3, 16)


# ---------------------------------------------------------------- StoryFilter itself


def test_filter_refuses_contradictions() -> None:
    with pytest.raises(ValueError, match="after"):
        StoryFilter(since=at(2025, 3, 5), until=at(2025, 3, 4))
    with pytest.raises(ValueError, match="limit"):
        StoryFilter(limit=-1)
    with pytest.raises(TypeError, match="tuple"):
        StoryFilter(outlets="Valley Post")  # type: ignore[arg-type]
    # Equal bounds, naive against aware, are fine.
    assert StoryFilter(since=datetime(2025, 3, 5), until=at(2025, 3, 5)).selective


# ---------------------------------------------------------------- reading bounds


def test_date_alone_is_start_or_end_of_day_in_utc() -> None:
    assert parse_time_bound("2025-03-04") == at(2025, 3, 4)
    assert parse_time_bound("2025-03-04", end_of_day=True) == at(2025, 3, 4, 23, 59, 59, 999_999)
    assert parse_time_bound("March 4, 2025", end_of_day=True).date().day == 4


def test_times_keep_their_offset() -> None:
    assert parse_time_bound("2025-03-04T10:00") == at(2025, 3, 4, 10)
    assert parse_time_bound("2025-03-04T10:00", end_of_day=True) == at(2025, 3, 4, 10)
    with_offset = parse_time_bound("2025-03-04T10:00+02:00", end_of_day=True)
    assert with_offset == at(2025, 3, 4, 8)
    assert with_offset.utcoffset() == timedelta(hours=2)
    assert parse_time_bound("2025-03-04T23:30-05:00") == at(2025, 3, 5, 4, 30)
    assert parse_time_bound("2025-03-04 10:00 UTC") == at(2025, 3, 4, 10)


def test_a_bound_an_offset_moves_off_the_calendar_is_its_first_or_last_moment(
    store: Store,
) -> None:
    first = parse_time_bound("0001-01-01T00:00+01:00")
    last = parse_time_bound("9999-12-31T23:00-05:00", end_of_day=True)
    assert first == datetime.min.replace(tzinfo=UTC)
    assert last == datetime.max.replace(tzinfo=UTC)
    assert ids(store, StoryFilter(since=first, until=last)) == [STRIKE, FERRY, BUDGET]
    assert ids(store, StoryFilter(until=first)) == []


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("yesterday", "'yesterday'"),
        ("2025-13-01", "'2025-13-01'"),
        ("2025-02-30", "'2025-02-30'"),
        ("2025-03", "lacks a year, month or day"),
        ("10:00", "lacks a year, month or day"),
        ("2025-03-04 10:00 EST", "unknown time zone 'EST'"),
        ("", "empty"),
    ],
)
def test_bad_bounds_say_why(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_time_bound(text)
