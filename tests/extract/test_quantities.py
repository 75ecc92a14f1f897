from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corrobora.extract.quantities import find_quantities, parse_number_words

from .conftest import ParseArticle, build_article


def quantities_of(text: str, doc=None) -> dict[str, tuple[float, str]]:
    article = build_article(text)
    found = find_quantities(doc if doc is not None else text, article)
    for quantity in found:
        assert quantity.span.slice(text) == quantity.text
    return {q.text: (q.value, q.unit) for q in found}


@pytest.mark.parametrize(
    ("text", "expression", "value", "unit"),
    [
        ("The fund holds $2.5 billion.", "$2.5 billion", 2.5e9, "USD"),
        ("The deal is worth £3bn.", "£3bn", 3e9, "GBP"),
        ("It raised €40 million.", "€40 million", 4e7, "EUR"),
        ("Turnout rose 40% overall.", "40%", 40.0, "%"),
        ("Turnout rose 12 percent overall.", "12 percent", 12.0, "%"),
        ("Turnout rose 1.5 percentage points.", "1.5 percentage points", 1.5, "percentage point"),
        ("About 1,200 homes were hit.", "1,200", 1200.0, "home"),
        ("Some 2.5 tonnes were seized.", "2.5", 2.5, "tonne"),
        ("A dozen soldiers fled.", "A dozen", 12.0, "soldier"),
        ("Twenty-five armed men fled.", "Twenty-five", 25.0, "man"),
        ("It cost two hundred thousand euros.", "two hundred thousand", 2e5, "EUR"),
        ("At least 83 people dead after the storm.", "83", 83.0, "people"),
        ("Two of the victims were children.", "Two", 2.0, "victim"),
        ("The toll rose to 83.", "83", 83.0, "dead"),
        ("The death toll in the quake has climbed to 61.", "61", 61.0, "dead"),
        ("Rescuers put the death toll at 9.", "9", 9.0, "dead"),
        ("Officials had given a toll of 30 by noon.", "30", 30.0, "dead"),
        ("The number of miners trapped has risen to 14.", "14", 14.0, "miner"),
        ("The number of injured stood at 22.", "22", 22.0, "injured"),
        ("They signed a three-year deal.", "three", 3.0, "year"),
    ],
)
def test_quantities_with_a_parse(parse_article, text, expression, value, unit):
    doc, _ = parse_article(text)
    found = quantities_of(text, doc)
    assert found[expression] == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    "text",
    [
        "Elections were held in 2024.",
        "They met on November 16 and in the 1991 transition.",
        "It was the 21st attempt.",
        "First, the G7 discussed COVID-19 with FlightRadar24.",
        "Version 3.8.0 is out.",
        "It happened three days ago.",
    ],
)
def test_dates_bare_times_ordinals_and_codes_are_not_quantities(parse_article, text):
    doc, _ = parse_article(text)
    assert quantities_of(text, doc) == {}
    assert quantities_of(text) == {}


def test_a_currency_sign_after_a_dash_starts_a_figure():
    found = quantities_of("It is worth $10 billion-$15 billion.")
    assert found == {"$10 billion": (1e10, "USD"), "$15 billion": (1.5e10, "USD")}


def test_a_decimal_comma_is_read_before_a_scale_word_or_a_percentage():
    found = quantities_of("About 1,2 million people voted; turnout fell 3,45 percent to 7,5%.")
    assert found == {
        "1,2 million": (1.2e6, "people"),
        "3,45 percent": (3.45, "%"),
        "7,5%": (7.5, "%"),
    }
    # elsewhere a comma before one or two digits is no decimal comma
    assert "1,2" not in quantities_of("Rooms 1,2 and 3 were shut; 42,400 people left.")
    # nor after a year or a day of a month, with the space after the comma missing
    assert quantities_of("In 2019,20 percent stayed home.") == {"20 percent": (20.0, "%")}
    assert quantities_of("On May 5,20 percent struck.") == {"20 percent": (20.0, "%")}


def test_lone_one_is_a_quantity_only_when_it_counts(parse_article):
    doc, _ = parse_article("No one came, but one man stayed.")
    assert list(quantities_of("No one came, but one man stayed.", doc).values()) == [(1.0, "man")]


def test_plain_text_gives_values_and_a_rough_unit():
    found = quantities_of("Rescuers found 83 people and 1,200 sheep in 40% of homes.")
    assert found == {"83": (83.0, "people"), "1,200": (1200.0, "sheep"), "40%": (40.0, "%")}


def test_number_word_parser():
    assert parse_number_words("two hundred and five") == 205
    assert parse_number_words("a dozen") == 12
    assert parse_number_words("three million") == 3e6
    assert parse_number_words("ninety-nine") == 99
    assert parse_number_words("a") is None
    assert parse_number_words("a three") is None
    assert parse_number_words("two apples") is None


def test_text_must_match_the_article():
    with pytest.raises(ValueError, match="does not match"):
        find_quantities("83 people", build_article("84 people"))


_PIECES = [
    "$",
    "£",
    "€",
    "2.5",
    "1,200",
    "83",
    "2000",
    "billion",
    "bn",
    "two",
    "hundred",
    "a",
    "dozen",
    "twenty-five",
    "%",
    "percent",
    "people",
    "one",
    "-",
    "3:30",
    "pm",
    "21st",
    "COVID-19",
    "in",
    "November",
    "16",
    ",",
    ".",
    "km",
    "5m",
    "of",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_any_text_gives_valid_non_overlapping_spans(pieces):
    text = " ".join(pieces)
    found = find_quantities(text, build_article(text))
    previous_end = 0
    for quantity in found:
        assert quantity.span.slice(text) == quantity.text
        assert quantity.span.start >= previous_end
        previous_end = quantity.span.end
        assert quantity.value >= 0


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("Ana Ruiz, 44, from Port Mellin, was freed.", "44"),
        ("Smith, a 44-year-old teacher, was freed.", "44"),
        ("The boy was 12 years old.", "12"),
        ("The driver, aged 61, fled the scene.", "61"),
    ],
)
def test_ages_have_their_own_unit(parse_article, text, expression):
    doc, _ = parse_article(text)
    assert quantities_of(text, doc)[expression][1] == "age"


@pytest.mark.parametrize(
    "text",
    [
        "The toll, 83, rose again overnight.",
        "They signed a three-year deal with 12 clubs.",
        "In Glasgow, 44, 45 and 46 were hit.",
    ],
)
def test_numbers_that_are_not_ages_keep_their_unit(parse_article, text):
    doc, _ = parse_article(text)
    assert "age" not in {unit for _, unit in quantities_of(text, doc).values()}


def test_plain_text_reads_years_old_as_an_age():
    assert quantities_of("A 44-year-old man and 3 dogs were rescued.")["44"] == (44.0, "age")


def test_and_joins_number_words_only_after_hundreds_and_scales():
    assert quantities_of("It cost two hundred and five dollars.") == {
        "two hundred and five": (205.0, "USD")
    }
    assert quantities_of("One thousand and one nights.")["One thousand and one"][0] == 1001.0
    found = quantities_of("Between two and three inches of rain fell.")
    assert {text: value for text, (value, _) in found.items()} == {"two": 2.0, "three": 3.0}


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Mira Tolsen won the Eskby half marathon in 1:02:47.", "1:02:47", 3767.0),
        ("Her time of 2:21:09 was a national best.", "2:21:09", 8469.0),
        ("He ran the indoor mile in 3:58 on Friday.", "3:58", 238.0),
        ("The gun went at 8:30, and Oda Lind won in 2:26:40.", "2:26:40", 8800.0),
        ("Polls shut at 20:00:00 and Rask Vale won in 48:12.", "48:12", 2892.0),
        (
            "The rower crossed in 1 hour, 12 minutes and 5 seconds.",
            "1 hour, 12 minutes and 5 seconds",
            4325.0,
        ),
        ("The climb took three minutes and 40 seconds.", "three minutes and 40 seconds", 220.0),
    ],
)
def test_race_times_are_one_duration_in_seconds(
    parse_article: ParseArticle, text: str, expression: str, value: float
) -> None:
    """A race time or a spelled-out duration is one quantity counted in seconds."""
    doc, _ = parse_article(text)
    for found in (quantities_of(text, doc), quantities_of(text)):
        assert found[expression] == (pytest.approx(value), "second")
        assert len(found) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The tremor struck at about 14:32:10 local time.",
        "The tremor struck at 14:32:10.",
        "The first tremor was recorded 03:12:45 GMT.",
    ],
)
def test_a_clock_reading_of_the_time_of_day_is_no_duration(
    parse_article: ParseArticle, text: str
) -> None:
    """A time of day, hedged or followed by a time zone, is not a quantity."""
    doc, _ = parse_article(text)
    for found in (quantities_of(text, doc), quantities_of(text)):
        assert not any(unit == "second" for _, unit in found.values())


@pytest.mark.parametrize(
    ("text", "expression", "value", "unit"),
    [
        ("The tribunal fined Orvik 2.4 million krona.", "2.4 million", 2.4e6, "krona"),
        ("Regulators fined Halsten 3 million Swedish kronor.", "3 million", 3e6, "krona"),
        ("The board fined Bexmoor 7 million Swiss francs.", "7 million", 7e6, "franc"),
    ],
)
def test_amounts_in_currency_words_after_a_name(
    parse_article: ParseArticle, text: str, expression: str, value: float, unit: str
) -> None:
    """An amount followed by a currency word is money, even inside a tagged name."""
    doc, _ = parse_article(text)
    assert quantities_of(text, doc)[expression] == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The union said about half of planned operations were cancelled.", "half", 50.0),
        ("A third of the staff stayed away.", "A third", 100 / 3),
        ("Nearly two thirds of the wards were closed.", "two thirds", 200 / 3),
        ("Three quarters of the nurses walked out.", "Three quarters", 75.0),
    ],
)
def test_a_fraction_of_a_whole_in_words_is_a_percentage(
    text: str, expression: str, value: float
) -> None:
    assert quantities_of(text)[expression] == pytest.approx((value, "%"))


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose in the second half of the year.",
        "The talks lasted half an hour.",
        "Profit rose in the third quarter of 2027.",
        "The other half of the budget was spent.",
    ],
)
def test_a_half_or_a_quarter_of_time_is_no_share(text: str) -> None:
    assert not [u for _, u in quantities_of(text).values() if u == "%"]


def test_a_number_before_a_clock_time_is_no_ratio():
    text = "two in 3:30"
    found = find_quantities(text, build_article(text))
    assert [q.text for q in found] == ["two", "3:30"]
