from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corrobora.extract.dates import find_dates, is_year_count, narrow

from .conftest import ANCHOR, ParseArticle, build_article


def dates_of(
    text: str, published: datetime | None = ANCHOR
) -> dict[str, tuple[date | None, date | None]]:
    article = build_article(text, published)
    found = find_dates(text, article)
    for mention in found:
        assert mention.span.slice(text) == mention.text
    return {m.text: (m.start, m.end) for m in found}


D = date


@pytest.mark.parametrize(
    ("text", "expression", "interval"),
    [
        (
            "It began on November 16, 2025, at dawn.",
            "November 16, 2025",
            (D(2025, 11, 16), D(2025, 11, 16)),
        ),
        ("Talks resumed on Nov. 21 in Geneva.", "Nov. 21", (D(2024, 11, 21), D(2024, 11, 21))),
        (
            "Talks resumed on 21 November in Geneva.",
            "21 November",
            (D(2024, 11, 21), D(2024, 11, 21)),
        ),
        ("Talks resume on March 14 in Geneva.", "March 14", (D(2025, 3, 14), D(2025, 3, 14))),
        ("The vote was held on Sunday.", "Sunday", (D(2025, 3, 9), D(2025, 3, 9))),
        ("The vote was held on Wednesday.", "Wednesday", (D(2025, 3, 12), D(2025, 3, 12))),
        ("It rained last Wednesday.", "last Wednesday", (D(2025, 3, 5), D(2025, 3, 5))),
        ("They met yesterday.", "yesterday", (D(2025, 3, 11), D(2025, 3, 11))),
        ("They meet today.", "today", (D(2025, 3, 12), D(2025, 3, 12))),
        ("They met last week.", "last week", (D(2025, 3, 3), D(2025, 3, 9))),
        ("They meet this week.", "this week", (D(2025, 3, 10), D(2025, 3, 16))),
        ("It happened earlier this month.", "earlier this month", (D(2025, 3, 1), D(2025, 3, 12))),
        ("It happened three days ago.", "three days ago", (D(2025, 3, 9), D(2025, 3, 9))),
        (
            "They spoke late in the week of November 16, officials said.",
            "late in the week of November 16",
            (D(2024, 11, 20), D(2024, 11, 22)),
        ),
        ("Prices rose in early November.", "early November", (D(2024, 11, 1), D(2024, 11, 10))),
        ("Prices rose in mid-January.", "mid-January", (D(2025, 1, 11), D(2025, 1, 21))),
        ("Elections were held in 1991.", "1991", (D(1991, 1, 1), D(1991, 12, 31))),
        ("The party won in March 2024.", "March 2024", (D(2024, 3, 1), D(2024, 3, 31))),
        ("Growth slowed in the 1990s.", "1990s", (D(1990, 1, 1), D(1999, 12, 31))),
        ("The report is dated 2024-02-29.", "2024-02-29", (D(2024, 2, 29), D(2024, 2, 29))),
        ("Polls open from May 5-7.", "May 5-7", (D(2025, 5, 5), D(2025, 5, 7))),
    ],
)
def test_expressions_are_normalized(text, expression, interval):
    assert dates_of(text)[expression] == interval


def test_day_without_year_takes_the_nearest_occurrence_around_the_anchor():
    new_year = datetime(2026, 1, 3, tzinfo=UTC)
    assert dates_of("It was signed on December 30.", new_year)["December 30"] == (
        D(2025, 12, 30),
        D(2025, 12, 30),
    )
    assert dates_of("It will be signed on January 5.", new_year)["January 5"][0] == D(2026, 1, 5)


def test_relative_expressions_without_anchor_are_found_but_open():
    found = dates_of("On Sunday, a week after 12 May, they met yesterday.", published=None)
    assert found["Sunday"] == (None, None)
    assert found["12 May"] == (None, None)
    assert found["yesterday"] == (None, None)
    assert dates_of("It ended on 3 June 2020.", published=None)["3 June 2020"] == (
        D(2020, 6, 3),
        D(2020, 6, 3),
    )


def test_modal_may_and_counted_four_digit_numbers_are_not_dates():
    found = dates_of("Officials may resign. The storm killed 2000 people. It cost $2025.")
    assert found == {}


def test_year_used_as_an_adjective_is_a_date():
    assert "2024" in dates_of("The 2024 elections were close.")


def test_impossible_dates_are_skipped():
    assert "February 30" not in dates_of("It was due on February 30.")


def test_future_weekday_with_a_parse(parse_article):
    doc, article = parse_article("The minister will visit the port on Friday.")
    (friday,) = find_dates(doc, article)
    assert (friday.start, friday.end) == (D(2025, 3, 14), D(2025, 3, 14))
    doc, article = parse_article("The minister visited the port on Friday.")
    (friday,) = find_dates(doc, article)
    assert friday.start == D(2025, 3, 7)


def test_text_must_match_the_article():
    with pytest.raises(ValueError, match="does not match"):
        find_dates("other text", build_article("some text"))


def test_narrow_keeps_thirds_rounded_up():
    assert narrow(D(2025, 11, 16), D(2025, 11, 22), 2) == (D(2025, 11, 20), D(2025, 11, 22))
    assert narrow(D(2025, 11, 16), D(2025, 11, 22), 0) == (D(2025, 11, 16), D(2025, 11, 18))
    assert narrow(D(2025, 11, 16), D(2025, 11, 22), 1) == (D(2025, 11, 18), D(2025, 11, 20))
    assert narrow(D(2025, 1, 1), D(2025, 1, 1), 1) == (D(2025, 1, 1), D(2025, 1, 1))


def test_is_year_count():
    text = "In 2024 it killed 2000 people; the 2024 elections; 2020 percent"

    def at(word: str, nth: int = 0) -> tuple[int, int]:
        start = -1
        for _ in range(nth + 1):
            start = text.index(word, start + 1)
        return start, start + len(word)

    assert not is_year_count(text, *at("2024"))
    assert is_year_count(text, *at("2000"))
    assert not is_year_count(text, *at("2024", 1))
    assert is_year_count(text, *at("2020"))


_PIECES = [
    "on",
    "in",
    "late",
    "early",
    "mid-",
    "the",
    "week",
    "of",
    "last",
    "next",
    "this",
    "Sunday",
    "Nov.",
    "November",
    "May",
    "may",
    "16",
    "21st",
    "2025",
    "1991",
    "1990s",
    "3",
    "days",
    "ago",
    "yesterday",
    "$",
    "%",
    "people",
    "-",
    "–",
    ",",
    ".",
    "2024-02-30",
    "12/31/2024",
    "end",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=12),
    st.one_of(st.none(), st.datetimes(timezones=st.just(UTC))),
)
def test_any_text_gives_valid_ordered_spans(pieces, published):
    text = " ".join(pieces)
    found = find_dates(text, build_article(text, published))
    previous_end = 0
    for mention in found:
        assert mention.span.slice(text) == mention.text
        assert mention.span.start >= previous_end
        previous_end = mention.span.end
        assert (mention.start is None) == (mention.end is None)
        if mention.start is not None and mention.end is not None:
            assert mention.start <= mention.end


@pytest.mark.parametrize(
    ("ahead", "behind", "month", "years"),
    [
        (
            "The new bridge over the Orsel is due to open in August.",
            "The new bridge over the Orsel opened in August.",
            "August",
            (2025, 2024),
        ),
        (
            "Both managers are expected to stand trial in January.",
            "Both managers stood trial in January.",
            "January",
            (2026, 2025),
        ),
        (
            "The ferry line will resume service in February.",
            "The ferry line resumed service in February.",
            "February",
            (2026, 2025),
        ),
        (
            "The regional fair is scheduled for October.",
            "The regional fair was held in October.",
            "October",
            (2025, 2024),
        ),
        (
            "The museum wing is to reopen in November.",
            "The museum wing reopened in November.",
            "November",
            (2025, 2024),
        ),
        (
            "The old pier remains closed until February.",
            "The old pier was closed until February.",
            "February",
            (2026, 2025),
        ),
    ],
)
def test_bare_month_looking_forward_is_the_next_one(
    parse_article: ParseArticle, ahead: str, behind: str, month: str, years: tuple[int, int]
) -> None:
    """A month the sentence looks forward to is its next occurrence; a past one the nearest."""
    for text, year in zip((ahead, behind), years, strict=True):
        doc, article = parse_article(text)
        found = {d.text: d.start for d in find_dates(doc, article)}
        start = found[month]
        assert start is not None and start.year == year, text


def test_bare_month_forward_cues_without_a_parse() -> None:
    """Plain text reads the same cues in the clause before the month."""
    found = dates_of("The plant, which closed in January, is due to reopen in August.")
    assert found["January"][0] == D(2025, 1, 1)
    assert found["August"][0] == D(2025, 8, 1)
    # "due to" a cause is no plan: the month stays the nearest one
    found = dates_of("The match was postponed due to flooding in August.")
    assert found["August"][0] == D(2024, 8, 1)
