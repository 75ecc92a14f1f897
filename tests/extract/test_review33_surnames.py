"""A lone surname of a person the article names in full is that person.

The recognizer often labels a bare surname as a place, an organization or a
nationality ("the auditors questioned Marsk", "Plemming, Mitchell and Kresnian"); where
the article names "Teodor Marsk" or "Walter Kresnian", a surname that is a verb's
object or listed with other people takes that person's key. A capitalized role
heading a name the recognizer took for an organization ("Coach Dirk Valmont") makes
it a person's name, and the role is no part of the key; nor is a possessive "'s" of a
person's name ("Richard Nixon's memoir" names Richard Nixon).
"""

from __future__ import annotations

from corrobora.extract.entities import find_mentions
from corrobora.extract.nlp import parse
from corrobora.model import EntityKind, Mention
from corrobora.settings import AnalyzeParams
from tests.stories import text_article


def _mentions(text: str) -> tuple[Mention, ...]:
    doc = parse(text, AnalyzeParams().model)
    return find_mentions(doc, text_article(text, "Harbour Post"))


def _lone(found: tuple[Mention, ...], surname: str) -> list[Mention]:
    return [m for m in found if m.text == surname]


def test_a_surname_that_is_a_verbs_object_is_the_person() -> None:
    found = _mentions(
        "The board named Teodor Marsk as its chair in 2019.\n"
        "The auditors questioned Marsk in Oslo on Monday."
    )
    (marsk,) = _lone(found, "Marsk")
    assert marsk.key == "teodor marsk"
    assert marsk.kind is EntityKind.PERSON


def test_a_surname_listed_with_people_is_the_person() -> None:
    found = _mentions(
        "The fund was run by Walter Kresnian and Henry Plemming.\n"
        "The auditor met Plemming, Mitchell and Kresnian at a hotel in Denver."
    )
    (kresnian,) = _lone(found, "Kresnian")
    assert kresnian.key == "walter kresnian"
    assert kresnian.kind is EntityKind.PERSON


def test_a_place_keeps_its_kind_beside_a_namesake() -> None:
    found = _mentions(
        "The board named Teodor Marsk as its chair in 2019.\nThe auditors met in Oslo on Monday."
    )
    (oslo,) = _lone(found, "Oslo")
    assert oslo.kind is EntityKind.PLACE


def test_a_role_heading_a_name_makes_it_a_persons() -> None:
    found = _mentions(
        "Head Coach Dirk Valmont praised the defence.\nThe owners backed Valmont on Tuesday."
    )
    keys = {m.text: (m.key, m.kind) for m in found}
    assert keys["Valmont"] == ("dirk valmont", EntityKind.PERSON)
    (full,) = [m for m in found if m.text.endswith("Dirk Valmont")]
    assert (full.key, full.kind) == ("dirk valmont", EntityKind.PERSON)


def test_a_possessive_is_no_part_of_a_persons_name() -> None:
    text = "According to Richard Nixon's memoir, the talks failed. Richard Nixon resigned later."
    found = _mentions(text)
    names = [m for m in found if m.key == "richard nixon"]
    assert [m.text for m in names] == ["Richard Nixon", "Richard Nixon"]
    assert all(text[m.span.start : m.span.end] == "Richard Nixon" for m in names)
