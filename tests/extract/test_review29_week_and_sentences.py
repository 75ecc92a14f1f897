"""A Sunday's "this week", abbreviated titles before names, and "!"/"?" quotes.

On a Sunday, the last day of a Monday-Sunday week, "this week" of an act ahead is the
week beginning the next day, of a past act the week ending, else either. "Capt." or
"Sgt." before a name does not end a sentence, and a quotation closed after "!" or "?"
runs on into the lower-case words or the name and verb of speech that attribute it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from corrobora.extract.dates import find_dates
from corrobora.extract.nlp import sentence_spans

from .conftest import ParseArticle, build_article

SUNDAY = datetime(2026, 5, 17, 18, 0, tzinfo=UTC)
MONDAY = datetime(2026, 5, 18, 9, 0, tzinfo=UTC)
ENDING = (date(2026, 5, 11), date(2026, 5, 17))
COMING = (date(2026, 5, 18), date(2026, 5, 24))


def _week(parse_article: ParseArticle, text: str, published: datetime) -> tuple[date, date]:
    doc, article = parse_article(text, published)
    (mention,) = [m for m in find_dates(doc, article) if "week" in m.text]
    assert mention.start is not None and mention.end is not None
    return mention.start, mention.end


# --- "this week" written on a Sunday ---------------------------------------------------


def test_this_week_ahead_on_a_sunday_is_the_coming_week(parse_article: ParseArticle) -> None:
    text = "Coach Ines Barra is expected to rejoin the Harriers this week after surgery."
    assert _week(parse_article, text, SUNDAY) == COMING
    assert _week(parse_article, text, MONDAY) == COMING


def test_later_this_week_on_a_sunday_runs_into_the_coming_week(parse_article: ParseArticle) -> None:
    text = "The council meets later this week to discuss the ferry."
    assert _week(parse_article, text, SUNDAY) == (SUNDAY.date(), COMING[1])


def test_this_week_of_a_past_act_on_a_sunday_is_the_week_ending(
    parse_article: ParseArticle,
) -> None:
    text = "The Tarn board shut the Ebbe reservoir this week after a leak."
    assert _week(parse_article, text, SUNDAY) == ENDING
    assert _week(parse_article, "It rained earlier this week.", SUNDAY)[0] == ENDING[0]


def test_this_week_in_the_present_on_a_sunday_spans_both_weeks(
    parse_article: ParseArticle,
) -> None:
    text = "The Ebbe festival takes place this week in the old town."
    assert _week(parse_article, text, SUNDAY) == (ENDING[0], COMING[1])


def test_this_week_without_a_parse_on_a_sunday() -> None:
    text = "Coach Ines Barra is expected to rejoin the Harriers this week."
    (mention,) = find_dates(text, build_article(text, SUNDAY))
    assert (mention.start, mention.end) == COMING


def test_this_week_on_a_weekday_is_unchanged(parse_article: ParseArticle) -> None:
    wednesday = datetime(2026, 5, 13, 9, 0, tzinfo=UTC)
    text = "Coach Ines Barra is expected to rejoin the Harriers this week."
    assert _week(parse_article, text, wednesday) == ENDING


# --- abbreviated titles before a name -------------------------------------------------


def _sentences(parse_article: ParseArticle, text: str) -> list[str]:
    doc, _ = parse_article(text)
    return [text[s.start : s.end] for s in sentence_spans(doc)]


@pytest.mark.parametrize(
    "text",
    [
        "Police identified the dead as Capt. Rob Lenner of the Dunmore Police Department.",
        "The victims were Senior Trooper Ana Velt and Capt. Rob Lenner of the city police.",
        "The medal went to Sgt. Maj. Kai Doran and Cpl. Ed Marsh of the Third Battalion.",
        "Lt. Gov. Mara Quist met Msgr. Tobias Wend and Supt. Lena Fry on Monday.",
        '"The penalty fits the crime," said Dist. Atty. Rhea Moll of Tarn County.',
        "The motion was argued by Asst. Dist. Atty. Ivo Brandt in the morning.",
    ],
)
def test_an_abbreviated_title_before_a_name_ends_no_sentence(
    parse_article: ParseArticle, text: str
) -> None:
    assert _sentences(parse_article, text) == [text]


def test_sentences_after_an_abbreviated_title_still_end(parse_article: ParseArticle) -> None:
    text = "The award went to Det. Ana Velt. Capt. Rob Lenner presented it."
    assert _sentences(parse_article, text) == [
        "The award went to Det. Ana Velt.",
        "Capt. Rob Lenner presented it.",
    ]


# --- a quotation closed after "!" or "?" ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"A protest is one thing and arson is quite another!" Prime Minister Tomas '
        "Wendel thundered in parliament.",
        '"Get out of my office!" he shouted at the reporters.',
        '"Who pays for the bridge?" Mayor Ana Velt asked.',
    ],
)
def test_a_quote_ending_in_an_exclamation_runs_on_to_its_speaker(
    parse_article: ParseArticle, text: str
) -> None:
    assert _sentences(parse_article, text) == [text]


def test_a_new_sentence_after_an_exclaimed_quote_still_starts(
    parse_article: ParseArticle,
) -> None:
    text = '"We did it!" The crowd cheered for an hour after the final whistle.'
    assert _sentences(parse_article, text) == [
        '"We did it!"',
        "The crowd cheered for an hour after the final whistle.",
    ]
