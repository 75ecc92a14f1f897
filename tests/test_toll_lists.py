"""A toll written as a list whose second item the parser reads as an apposition.

"The attack killed nine shoppers, a guard and a cashier" counts eleven: spaCy attaches
"a guard" to "shoppers" as an apposition, yet the comma and "and" make one list. A
reflexive item ("... and themselves") is the subject, no part of the count. A true
apposition names who the counted were and adds no one: "two people, a man and his son".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corrobora.extract.nlp import parse
from corrobora.extract.quantities import find_quantities
from corrobora.model import ConflictKind
from corrobora.settings import DEFAULT_MODEL

from .extract.conftest import build_article
from .stories import fact_with, write_article


def _read(text: str) -> list[tuple[str, float, str]]:
    found = find_quantities(parse(text, DEFAULT_MODEL), build_article(text))
    return [(q.text, q.value, q.unit) for q in found]


def test_a_list_after_a_comma_adds_up() -> None:
    text = "The gunmen killed four soldiers, a policeman and two civilians at the checkpoint."
    assert _read(text) == [("four soldiers, a policeman and two civilians", 7.0, "people")]


def test_a_reflexive_item_is_left_out_of_the_sum() -> None:
    text = "The two gunmen killed nine shoppers, a guard and themselves at the mall."
    assert _read(text) == [("two", 2.0, "gunman"), ("nine shoppers, a guard", 10.0, "people")]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The blast killed two people, a man and his son, near the market.", ("two", 2.0)),
        ("The crash killed two people, a pilot and a passenger, on Sunday.", ("two", 2.0)),
        ("The fire killed two firefighters, a captain and a lieutenant.", ("two", 2.0)),
        ("The storm killed three children, a girl and two boys, in the village.", ("three", 3.0)),
    ],
)
def test_an_apposition_that_names_who_adds_no_one(text: str, count: tuple[str, float]) -> None:
    found = _read(text)
    assert (found[0][0], found[0][1]) == count
    assert all(value <= count[1] for _, value, _ in found)


def test_a_part_the_parser_joins_to_the_verb_still_adds_up() -> None:
    text = (
        "A drone struck a convoy outside the port town, killing two customs officials "
        "and at least five other people."
    )
    assert [(value, unit) for _, value, unit in _read(text)] == [(7.0, "people")]


def test_a_second_victim_after_a_subject_is_another_act() -> None:
    text = "A prison guard was killed at the gate and a deputy the following week."
    assert _read(text) == []


def test_a_list_joined_by_or_is_no_sum() -> None:
    text = "The raid killed four soldiers, a policeman or a guard, officials said."
    assert [value for _, value, _ in _read(text)] == [4.0]


def test_victims_listed_with_the_killers_agree_with_the_victims_alone(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Post",
        "2026-04-02T10:00:00",
        "Two gunmen killed nine shoppers and a guard at the Orsk Galleria before taking "
        "their own lives on Tuesday.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastal Times",
        "2026-04-02T10:30:00",
        "Two gunmen killed nine shoppers, a guard and themselves at the Orsk Galleria on Tuesday.",
    )
    fact = fact_with(tmp_path, "killed nine shoppers and a guard")
    assert any("and themselves" in s.text for s in fact.support)
    assert ConflictKind.NUMBER not in {c.kind for c in fact.conflicts}


def test_a_longer_list_still_disagrees_with_a_shorter_toll(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Post",
        "2026-04-02T10:00:00",
        "Two gunmen killed nine shoppers and a guard at the Orsk Galleria on Tuesday.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastal Times",
        "2026-04-02T10:30:00",
        "Two gunmen killed nine shoppers, a guard and a cashier at the Orsk Galleria on Tuesday.",
    )
    fact = fact_with(tmp_path, "killed nine shoppers and a guard")
    assert any("and a cashier" in s.text for s in fact.support)
    assert ConflictKind.NUMBER in {c.kind for c in fact.conflicts}


def test_the_a_of_a_total_or_a_group_counts_no_victim() -> None:
    assert _read("So far a total of 12 people have died in the floods.") == [("12", 12.0, "people")]
    assert _read("A group of five hikers was killed by the avalanche.") == [("five", 5.0, "hiker")]
    assert _read("A hiker was killed by the avalanche.") == [("A", 1.0, "hiker")]
