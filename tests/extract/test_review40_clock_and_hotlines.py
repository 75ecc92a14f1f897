"""Spaced clock times and emergency numbers.

Some wires print the half of the day spaced, "3:33 a. m.": it is the clock time 3:33,
its "m." may end the sentence, and its digits count nothing. An emergency number named
as the line called ("a 9-1-1 call", "a 911 dispatcher", "dialled 112") is no count
either; a count of calls ("logged 112 calls") still is.
"""

from __future__ import annotations

import pytest

from corrobora.extract.nlp import parse
from corrobora.extract.quantities import LOCAL_CLOCK, emergency_numbers, find_quantities
from corrobora.model import Quantity
from corrobora.settings import DEFAULT_MODEL

from .conftest import ParseArticle


def _quantities(text: str, parse_article: ParseArticle) -> list[Quantity]:
    doc, article = parse_article(text)
    return list(find_quantities(doc, article))


def _read(text: str, parse_article: ParseArticle) -> list[tuple[str, float, str]]:
    return [(q.text, q.value, q.unit) for q in _quantities(text, parse_article)]


# --- spaced clock times --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written", "minutes"),
    [
        ("The alarm at the Tollan depot sounded at 3:33 a. m. on Friday.", "3:33 a. m.", 213.0),
        ("The ferry left Harwick at 9 p. m. on Sunday.", "9 p. m.", 1260.0),
        ("Power came back at 11.45 p. m. across Orrin.", "11.45 p. m.", 1425.0),
    ],
)
def test_a_spaced_half_of_the_day_is_a_clock_time(
    text: str, written: str, minutes: float, parse_article: ParseArticle
) -> None:
    found = _read(text, parse_article)
    assert (written, minutes, LOCAL_CLOCK) in found
    assert all(unit == LOCAL_CLOCK for _, _, unit in found), found


def test_a_spaced_clock_time_counts_nothing(parse_article: ParseArticle) -> None:
    found = _read("Two crews reached the Tollan depot at 4:10 a. m.", parse_article)
    assert ("4:10 a. m.", 250.0, LOCAL_CLOCK) in found
    assert not any(value in (4.0, 10.0) for _, value, _ in found), found


def test_the_spaced_half_of_the_day_may_end_a_sentence() -> None:
    text = "The alarm sounded at 3:33 a. m. Crews from Tollan arrived within minutes."
    sentences = [s.text for s in parse(text, DEFAULT_MODEL).sents]
    assert sentences == [
        "The alarm sounded at 3:33 a. m.",
        "Crews from Tollan arrived within minutes.",
    ]


def test_a_day_after_a_spaced_clock_time_continues_the_sentence() -> None:
    text = "The alarm sounded at 3:33 a. m. Friday and stopped at noon."
    assert [s.text for s in parse(text, DEFAULT_MODEL).sents] == [text]


def test_a_race_time_before_a_spaced_half_of_the_day_is_no_duration(
    parse_article: ParseArticle,
) -> None:
    found = _read("The last runner crossed the line at 2:15 p. m. in Orrin.", parse_article)
    assert ("2:15 p. m.", 855.0, LOCAL_CLOCK) in found
    assert not any(unit == "second" for _, _, unit in found), found


# --- emergency numbers ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A 9-1-1 call came in from the Tollan depot shortly after midnight.",
        "A neighbour dialled 112 when she saw the smoke.",
        "The 911 dispatcher kept the driver on the line.",
        "She called 911 from the roof of the depot.",
        "Police in Harwick received a 999 call about the fire.",
    ],
)
def test_an_emergency_number_named_as_the_line_called_counts_nothing(
    text: str, parse_article: ParseArticle
) -> None:
    assert not any(
        value in (1.0, 9.0, 911.0, 999.0, 112.0) for _, value, _ in _read(text, parse_article)
    ), text


def test_a_count_beside_an_emergency_line_is_still_counted(parse_article: ParseArticle) -> None:
    found = _read("She made two 911 calls before 12 officers arrived.", parse_article)
    assert ("two", 2.0, "call") in found
    assert not any(value == 911.0 for _, value, _ in found), found


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Dispatchers in Orrin logged 112 calls that night.", 112.0),
        ("The Harwick line took 999 calls in a week.", 999.0),
        ("The Orrin hotline was called 112 times on Sunday.", 112.0),
    ],
)
def test_a_count_of_calls_is_a_count(text: str, count: float, parse_article: ParseArticle) -> None:
    assert count in [value for _, value, _ in _read(text, parse_article)]


def test_emergency_numbers_gives_the_spans_of_the_lines_called() -> None:
    text = "He dialled 112, then a 9-1-1 operator answered; 112 calls came in."
    spans = [text[s.start : s.end] for s in emergency_numbers(text)]
    assert sorted(spans) == ["112", "9-1-1"]
    assert text.index("112") == min(s.start for s in emergency_numbers(text))
