"""One act of one person told under two given names is one fact with an entity conflict.

"The second victim, identified as Brian Calloway, was taken to ..." and "The injured
woman's husband, Bryant Calloway, 52, was taken to ..." tell one act of one person whom
the outlets name two ways. Two people of one family doing two things stay two facts,
two surnames in one wording are joined or kept apart as one name apart always was, and
a full name beside its surname alone is no conflict.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind, Fact
from corrobora.reconcile.given_names import one_act_two_given_names, other_given_name

from ..stories import fact_with, story_facts, write_article
from .conftest import make_claim

_OPENING_A = (
    "A delivery van struck a crowd outside the Pellow market in Harlby on Saturday,"
    " injuring five people, police said."
)
_OPENING_B = "A van ploughed into shoppers at the Pellow market in Harlby on Saturday."


def _story(folder: Path, second_a: str, second_b: str) -> None:
    write_article(
        folder, "a.txt", "Harlby Ledger", "2026-05-02T10:00:00", f"{_OPENING_A}\n\n{second_a}"
    )
    write_article(
        folder, "b.txt", "Fenwick Post", "2026-05-02T11:00:00", f"{_OPENING_B}\n\n{second_b}"
    )


def _entity_details(fact: Fact) -> list[str]:
    return [c.detail for c in fact.conflicts if c.kind is ConflictKind.ENTITY]


def test_one_act_under_two_given_names_is_one_fact_with_an_entity_conflict(
    tmp_path: Path,
) -> None:
    _story(
        tmp_path,
        "The driver, identified as Brian Calloway, was arrested at the scene and taken to"
        " the Harlby police station.",
        "The driver, Bryant Calloway, 44, was arrested at the scene and taken to the"
        " Harlby police station.",
    )
    fact = fact_with(tmp_path, "Brian Calloway")
    assert any("Bryant Calloway" in s.text for s in fact.support)
    (detail,) = _entity_details(fact)
    assert "brian calloway" in detail and "bryant calloway" in detail


def test_two_of_one_family_doing_two_things_stay_two_facts(tmp_path: Path) -> None:
    _story(
        tmp_path,
        "Ana Ressler was arrested at the scene on Saturday night.",
        "Tom Ressler was released from the Harlby clinic on Sunday morning.",
    )
    arrested = fact_with(tmp_path, "Ana Ressler")
    released = fact_with(tmp_path, "Tom Ressler")
    assert arrested is not released
    assert not _entity_details(arrested) and not _entity_details(released)


def test_two_surnames_in_one_wording_are_joined_as_before(tmp_path: Path) -> None:
    _story(
        tmp_path,
        "A passer-by, Brian Calloway, pulled a boy from under the van and carried him to"
        " the Harlby clinic.",
        "A passer-by, Brian Okonkwo, pulled a boy from under the van and carried him to"
        " the Harlby clinic.",
    )
    fact = fact_with(tmp_path, "Brian Calloway")
    assert any("Brian Okonkwo" in s.text for s in fact.support)


def test_one_act_done_to_two_surnames_stays_two_facts(tmp_path: Path) -> None:
    _story(
        tmp_path,
        "The driver, Brian Calloway, was arrested at the scene and taken to the Harlby"
        " police station.",
        "The driver, Brian Okonkwo, was arrested at the scene and taken to the Harlby"
        " police station.",
    )
    first = fact_with(tmp_path, "Brian Calloway")
    assert not any("Brian Okonkwo" in s.text for s in first.support)
    assert not _entity_details(first)


def test_a_full_name_and_its_surname_alone_are_no_conflict(tmp_path: Path) -> None:
    _story(
        tmp_path,
        "The driver, Bryant Calloway, was arrested at the scene and taken to the Harlby"
        " police station.",
        "The driver, Calloway, was arrested at the scene and taken to the Harlby police station.",
    )
    assert not any(_entity_details(f) for f in story_facts(tmp_path))


def test_one_act_of_two_namesakes_in_other_figures_is_not_joined() -> None:
    three = make_claim(
        "a",
        "Marek Holtz signed a three-year contract with the Brannock club.",
        0,
        entities=("marek holtz", "brannock"),
        numbers=((3, "year"),),
        predicate="sign",
    )
    four = make_claim(
        "b",
        "Anton Holtz signed a four-year contract with the Brannock club.",
        0,
        entities=("anton holtz", "brannock"),
        numbers=((4, "year"),),
        predicate="sign",
    )
    people = {"marek holtz", "anton holtz"}
    assert not one_act_two_given_names(three, four, people, {})
    same = make_claim(
        "b",
        "Anton Holtz signed a three-year contract with the Brannock club.",
        0,
        entities=("anton holtz", "brannock"),
        numbers=((3, "year"),),
        predicate="sign",
    )
    assert one_act_two_given_names(three, same, people, {})
    assert not one_act_two_given_names(three, same, people, {"b": {"marek holtz"}})


def test_a_longer_name_a_table_gives_as_a_short_form_is_another_given_name() -> None:
    assert other_given_name(["bryant"], ["brian"])
    assert not other_given_name(["dave"], ["david"])
    assert not other_given_name(["jon"], ["john"])
    assert not other_given_name(["bryan"], ["brian"])
    assert not other_given_name(["william"], ["bill"])
