"""Numbers that name one of a series, tolls told in parts, and one victim among several.

"Week 16", "Juror No. 12" or "Room 101" name a week, a juror, a room: the number comes
after the noun it depends on and counts nothing. "Two women and one man died" is one
toll of three, not a toll of two and another of one. "A court officer was also killed"
adds a death to others and gives no toll of one.
"""

from __future__ import annotations

from corrobora.extract.nlp import parse
from corrobora.extract.quantities import find_quantities
from corrobora.settings import DEFAULT_MODEL

from .conftest import build_article


def _read(text: str) -> list[tuple[str, float, str]]:
    found = find_quantities(parse(text, DEFAULT_MODEL), build_article(text))
    return [(q.text, round(q.value, 3), q.unit) for q in found]


def test_a_numbered_week_is_no_count() -> None:
    text = "Varnell threw for 310 yards to lead the Otters past the Herons in Week 12."
    assert [value for _, value, _ in _read(text)] == [310.0]


def test_numbers_after_no_name_two_jurors_not_two_counts() -> None:
    text = "The verdict was read aloud, said Juror No. 7, one of four women on the panel."
    assert _read(text) == [("four", 4.0, "woman")]


def test_a_room_a_game_and_a_flight_are_named_by_their_numbers() -> None:
    text = "Officials met in Room 214 before Game 3 and boarded Flight 61 with 140 passengers."
    assert _read(text) == [("140", 140.0, "passenger")]


def test_a_grade_and_an_amount_keep_their_figures() -> None:
    text = "A Category 4 storm hit the coast, and the town paid $200 for each of 12 pumps."
    assert [value for _, value, _ in _read(text)] == [4.0, 200.0, 12.0]


def test_counts_of_parts_of_one_toll_add_up() -> None:
    text = "Two women and one man died in the fire at the mill, police said."
    assert _read(text) == [("Two women and one man", 3.0, "people")]


def test_a_part_named_with_a_counts_one_in_the_sum() -> None:
    text = "The explosion killed three miners and a driver near the shaft."
    assert _read(text) == [("three miners and a driver", 4.0, "people")]


def test_counts_of_parts_of_two_acts_stay_apart() -> None:
    text = "Two women were injured and one man died in the fire."
    assert [value for _, value, _ in _read(text)] == [2.0, 1.0]


def test_one_victim_also_killed_is_no_toll_of_one() -> None:
    assert _read("A prison guard was also killed during the escape.") == []


def test_one_victim_coordinated_with_another_is_no_toll_of_one() -> None:
    text = "A prison guard was killed at the gate and a deputy the following week."
    assert _read(text) == []


def test_one_victim_alone_still_counts_one() -> None:
    assert _read("A prison guard was killed during the escape.") == [("A", 1.0, "guard")]
