"""A proportion written as a ratio, and a grade written before its figure.

"nine in ten trains" is a share of the trains, not counts of nine and ten trains; "a
magnitude 5.4 aftershock" measures one aftershock on a scale, it does not count
aftershocks. Either read as a count is weighed against real counts as a false number.
"""

from __future__ import annotations

from corrobora.extract.nlp import parse
from corrobora.extract.quantities import find_quantities
from corrobora.settings import DEFAULT_MODEL

from .conftest import build_article


def _read(text: str) -> list[tuple[str, float, str]]:
    found = find_quantities(parse(text, DEFAULT_MODEL), build_article(text))
    return [(q.text, round(q.value, 3), q.unit) for q in found]


def test_n_in_m_is_one_share_not_two_counts() -> None:
    text = "Commuters waited in vain, with nine in ten trains from the town cancelled."
    assert _read(text) == [("nine in ten", 90.0, "%")]


def test_n_out_of_m_in_digits_is_a_share() -> None:
    text = "The poll found that 3 out of 10 voters had not decided."
    assert _read(text) == [("3 out of 10", 30.0, "%")]


def test_one_in_a_thousand_with_a_thousands_comma_is_a_share() -> None:
    text = "Officials said one in 1,000 residents had been tested."
    assert _read(text) == [("one in 1,000", 0.1, "%")]


def test_a_count_in_a_time_or_more_than_a_whole_is_no_share() -> None:
    text = "Police arrested 12 in 2 raids, and he scored two in 10 minutes."
    assert all(unit != "%" for _, _, unit in _read(text))


def test_a_figure_after_magnitude_grades_the_noun_it_does_not_count_it() -> None:
    text = "A magnitude 5.4 aftershock shook the region."
    assert _read(text) == [("5.4", 5.4, "magnitude")]


def test_a_category_and_a_level_are_grades() -> None:
    text = "A Category 4 hurricane hit the coast and officials raised a level 3 alert."
    assert _read(text) == [("4", 4.0, "category"), ("3", 3.0, "level")]
