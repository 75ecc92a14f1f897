"""Ranks, spellings and short forms of one person or body are one voice and one name.

A ranked officer named with the body ("Sgt. Tomas Rell of the Kessel Harbour Police",
"Kessel Harbour Police Sgt. Tomas Rell") speaks for it; a rank is no part of a person's
name ("Senior Trooper William Vance" is "Bill Vance"); a given name spelt two ways
("Karolos", "Carolos") is one person's; a body named by its initials or without a
generic last word is one body; a place named as a reference point or as the region of a
town is no rival to the town.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corrobora.extract.entities import one_given_name, same_body, strip_titles
from corrobora.model import Claim, ConflictKind
from corrobora.reconcile.conflicts import entity_conflict

from .reconcile.conftest import make_claim
from .stories import fact_with, write_article

_FIRST = (
    "The Kessel port authority offered a reward of 20,000 crowns for information about the fire"
)


def _two(tmp_path: Path, first: str, second: str) -> None:
    write_article(tmp_path, "a.txt", "Daily Alpha", "2026-03-10T18:00:00", first)
    write_article(tmp_path, "b.txt", "Beta News", "2026-03-10T19:00:00", second)


@pytest.mark.parametrize(
    "credit",
    [
        "said Lt. Tomas Rell of the Kessel Harbour Police",
        "said Kessel Harbour Police Lt. Tomas Rell",
    ],
)
def test_a_ranked_officer_of_a_body_is_its_voice(tmp_path: Path, credit: str) -> None:
    _two(
        tmp_path,
        _FIRST + " at the grain warehouse, Kessel Harbour Police said.",
        "The Kessel port authority is offering a reward of 20,000 crowns for information "
        f"about the fire at the grain warehouse, {credit}.",
    )
    fact = fact_with(tmp_path, "Kessel Harbour Police said")
    assert [s.origin for s in fact.support] == ["kessel harbour police"] * 2


def test_a_rank_is_no_part_of_a_persons_key() -> None:
    assert strip_titles("Senior Trooper William Vance") == "william vance"
    assert strip_titles("Det. Anna Brisk") == "anna brisk"


def test_a_nickname_of_a_ranked_person_is_no_entity_conflict(tmp_path: Path) -> None:
    _two(
        tmp_path,
        "Senior Trooper William Vance, a bomb technician, was killed when a device "
        "exploded at a bank in Marrow on Friday.\n"
        "Vance became the second bomb technician in state police history to die on duty.",
        "State police bomb technician Bill Vance was killed in the blast at the Marrow "
        "bank on Friday.\n"
        "Vance became the second bomb technician in state police history to be killed on "
        "duty.",
    )
    fact = fact_with(tmp_path, "Vance became the second bomb technician")
    assert len({s.article_id for s in fact.support}) == 2
    assert ConflictKind.ENTITY not in {c.kind for c in fact.conflicts}


@pytest.mark.parametrize(
    ("first", "second", "one"),
    [
        ("karolos", "carolos", True),
        ("philip", "phillip", True),
        ("mario", "maria", False),
        ("marina", "marine", False),
        ("jon", "jan", False),
        ("jason", "mason", False),
        ("allen", "ellen", False),
    ],
)
def test_a_given_name_spelt_two_ways_is_one(first: str, second: str, one: bool) -> None:
    assert one_given_name([first], [second]) is one


def test_a_respelled_speaker_is_one_origin(tmp_path: Path) -> None:
    _two(
        tmp_path,
        "Three clerks died when rioters set fire to a bank in Velm on Wednesday.\n"
        '"Our country stands on the edge of the abyss," Velmish President Karolos '
        "Andrakis said in a statement.",
        "Three employees were killed when protesters torched a bank branch in Velm on "
        "Wednesday.\n"
        '"Our country has reached the edge of the abyss," said Velmish President Carolos '
        "Andrakis.",
    )
    fact = fact_with(tmp_path, "edge of the abyss")
    assert len(fact.origins) == 1


@pytest.mark.parametrize(
    ("first", "second", "one"),
    [
        ("afc", "american football conference", True),
        ("u s marshal service", "u s marshals", True),
        ("harbour department", "harbour", True),
        ("afc", "national football conference", False),
        ("kessel police", "kessel fire service", False),
    ],
)
def test_short_forms_of_one_body(first: str, second: str, one: bool) -> None:
    assert same_body(first, second) is one
    assert same_body(second, first) is one


def test_an_acronym_is_no_entity_conflict(tmp_path: Path) -> None:
    _two(
        tmp_path,
        "Varn threw for 364 yards and three touchdowns, and the visiting Rovers secured "
        "the No. 5 seed in the NWC playoffs with a 31-24 victory over the Hawks on "
        "Thursday night.",
        "Varn threw for 364 yards and three touchdowns, helping the Rovers secure the "
        "No. 5 seed in the Northern Woodland Conference playoffs with a 31-24 victory "
        "over the Hawks in Brennick.",
    )
    fact = fact_with(tmp_path, "seed in the NWC playoffs")
    assert len({s.article_id for s in fact.support}) == 2
    assert ConflictKind.ENTITY not in {c.kind for c in fact.conflicts}


_KINDS = {"marrow": "place", "dunland": "place", "brennick": "place", "velm": "place"}


def _place_claims(first: str, second: str) -> tuple[Claim, Claim]:
    a = make_claim("a", first, 0, entities=tuple(k for k in _KINDS if k in first.lower()))
    b = make_claim("b", second, 0, entities=tuple(k for k in _KINDS if k in second.lower()))
    return a, b


def test_a_reference_point_is_no_rival_place() -> None:
    a, b = _place_claims(
        "A bomb exploded on Friday at a Coast Bank branch in Marrow, Dunland.",
        "The bomb exploded on Friday at a Coast Bank branch in Marrow, about 30 miles "
        "south of Brennick.",
    )
    keys = {"a": set(a.entity_keys), "b": set(b.entity_keys)}
    assert entity_conflict(a, b, _KINDS, keys) is None


def test_two_towns_are_still_rival_places() -> None:
    a, b = _place_claims(
        "A bomb exploded on Friday at a Coast Bank branch in Marrow, Dunland.",
        "The bomb exploded on Friday at a Coast Bank branch in Velm, about 30 miles "
        "south of Brennick.",
    )
    keys = {"a": set(a.entity_keys), "b": set(b.entity_keys)}
    conflict = entity_conflict(a, b, _KINDS, keys)
    assert conflict is not None


def test_an_intensifier_is_no_negation(tmp_path: Path) -> None:
    _two(
        tmp_path,
        "Chancellor Ilse Varga urged lawmakers to approve the rescue on Wednesday.\n"
        '"The future of the union and of our country within it is at stake," she told '
        "a debate in Velm.",
        "Chancellor Ilse Varga pressed parliament on Wednesday to pass the loans.\n"
        '"Nothing less than the future of the union, and with it of our country, is at '
        'stake," Varga told lawmakers.',
    )
    fact = fact_with(tmp_path, "future of the union and of our country")
    assert len(fact.support) == 2
    assert ConflictKind.NEGATION not in {c.kind for c in fact.conflicts}
