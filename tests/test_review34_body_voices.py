"""Whom a body's own people, pages and descriptors speak for: the body, one origin.

A spokesman for an office named in full after his name, a man written with his body's
possessive ("Veltrano's Dana Kell"), a role of the body's team, the body's blog taken up
as "the blog", a descriptor led by a place's name ("the Danish software maker"), and a
surname misspelt by a doubled letter all trace to one origin
(``reconcile.origins.claim_origins``, ``affiliation``, ``person_variants``).
"""

from __future__ import annotations

from pathlib import Path

from corrobora.reconcile.origins import person_variants

from .stories import fact_with, write_article


def test_a_spokesman_for_an_office_spelled_two_ways_is_the_office(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbor Ledger",
        "2026-02-05T10:00:00",
        "Tom Vask, 41, will be arraigned today on two counts of arson, according to the "
        "Calder County District Attorney's Office. The warehouse had been doused with "
        "petrol before the fire, spokesman Pete Orlo said.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastline Daily",
        "2026-02-05T12:00:00",
        "Pete Orllo, spokesman for the Calder County District Attorney's Office, said the "
        "warehouse had been doused with petrol before the fire.",
    )
    fact = fact_with(tmp_path, "doused with petrol")
    assert fact.independent_support == 1
    assert len(fact.origins) == 1 and "office" in fact.origins[0]


def test_a_role_of_a_bodys_team_and_its_blog_are_the_body(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Daily Byte",
        "2026-02-05T10:00:00",
        "Veltrano has released an urgent update for its Orbis browser. The head of "
        "Veltrano's security response team says all users of Orbis should install the "
        "update at once.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Net Daily",
        "2026-02-05T12:00:00",
        "Veltrano has released an urgent update for its Orbis browser. In a post on its "
        "security response blog, Veltrano urged users to act. The blog adds that all users "
        "of Orbis should install the update at once.",
    )
    fact = fact_with(tmp_path, "install the update at once")
    assert fact.origins == ("veltrano",)


def test_a_descriptor_led_by_a_place_is_the_named_company(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Daily Byte",
        "2026-02-05T10:00:00",
        "Microsoft on Wednesday released an emergency patch for a flaw in its browser. "
        "The US software giant said it mobilized engineering teams worldwide to deliver "
        "the cure in eight days.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Tech Wire",
        "2026-02-05T12:00:00",
        "Microsoft has issued an emergency patch for a flaw in its browser. Microsoft said "
        "it mobilized engineering teams worldwide to deliver the cure in eight days.",
    )
    fact = fact_with(tmp_path, "mobilized engineering teams")
    assert fact.origins == ("microsoft",)


def test_a_man_written_with_his_bodys_possessive_speaks_for_it(tmp_path: Path) -> None:
    quote = '"This flaw could let an attacker run code on a machine that opens a poisoned page," '
    write_article(
        tmp_path,
        "a.txt",
        "Daily Byte",
        "2026-02-05T10:00:00",
        "Veltrano has released a temporary fix for a flaw in its browser. "
        + quote
        + "explained Veltrano's Dana Kell in an alert.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Tech Wire",
        "2026-02-05T12:00:00",
        "Veltrano has released a temporary fix for a flaw in its browser. "
        + quote
        + "the company explained.",
    )
    fact = fact_with(tmp_path, "poisoned page")
    assert fact.origins == ("veltrano",)
    assert not [c for c in fact.conflicts if c.kind.value == "entity"]


def test_a_surname_with_a_letter_doubled_is_one_spelling_another_letter_is_not() -> None:
    assert person_variants(["pete orlo", "pete orllo"]) == {"pete orlo": "pete orllo"}
    assert person_variants(["pete orlo", "pete arlo"]) == {}
    assert person_variants(["pete orlo", "paul orllo"]) == {}
