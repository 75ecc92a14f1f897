"""Names of places told in different roles, or one place named two ways, are no rivals.

An entity conflict says two wordings give rival answers to one question. Places that
locate different things ("links between Norland and Pellavia", "the Skarn Sea between
Kessel and Dravia"), a street and the store on it, and one region named in its full and
its short form ("Middle East", "Mideast") or shorter ("the Skarn Sea", "the Skarn") are
no such answers.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from corrobora.model import ConflictKind
from corrobora.reconcile.conflicts import entity_conflict, placed_noun

from .reconcile.conftest import make_claim
from .stories import fact_with, write_article


def _two(tmp_path: Path, first: str, second: str) -> None:
    write_article(tmp_path, "a.txt", "Harbour Post", "2026-03-10T18:00:00", first)
    write_article(tmp_path, "b.txt", "Coastal Times", "2026-03-10T20:00:00", second)


def _entity_conflicts(tmp_path: Path, words: str) -> list[str]:
    fact = fact_with(tmp_path, words)
    return [c.detail for c in fact.conflicts if c.kind is ConflictKind.ENTITY]


def test_places_linked_and_the_place_of_the_cut_are_no_rivals(tmp_path: Path) -> None:
    _two(
        tmp_path,
        "Phone links between Norland, Ostmark and Pellavia were cut after undersea cables "
        "failed in the Skarn Sea.",
        "Phone links between Norland and Ostmark were cut on Friday after undersea cables "
        "were damaged in the Skarn Sea between Kessel and Dravia.",
    )
    assert not _entity_conflicts(tmp_path, "Norland, Ostmark and Pellavia")


def test_a_listed_place_is_placed_as_its_list_is() -> None:
    text = "Phone links between Norland, Ostmark and Pellavia were cut."
    assert placed_noun(text, "pellavia") == placed_noun(text, "norland") != ""
    assert placed_noun("Millions of people in Varnholm lost power.", "varnholm") == "people"
    assert placed_noun("The talks were held in Geneva.", "geneva") == ""


def test_a_street_is_no_rival_of_the_store_on_it(tmp_path: Path) -> None:
    _two(
        tmp_path,
        "Four men drove a van through the front window of the store on Rue de Marvel in "
        "central Tessary on Monday.",
        "Four men rammed their van into the Orvane jewellery store in central Tessary on Monday.",
    )
    assert not _entity_conflicts(tmp_path, "store on Rue de Marvel")


def test_mideast_is_the_middle_east(tmp_path: Path) -> None:
    _two(
        tmp_path,
        "Three cables were cut off the coast of Kessel on Friday morning. Millions of people "
        "across the Mideast lost access to the internet after the cables were damaged.",
        "Engineers said the lines were severed near Kessel on Friday. Across the Middle East, "
        "millions of people lost internet access because the cables were damaged.",
    )
    assert not _entity_conflicts(tmp_path, "across the Mideast")


def test_a_place_named_longer_is_named_there() -> None:
    a = make_claim(
        "a",
        "Power was lost at dawn in Varnholm as the storm reached the Skarn.",
        0,
        entities=("varnholm", "skarn"),
    )
    b = make_claim(
        "b",
        "Power was lost at dawn in the Skarn Valley as the storm arrived.",
        0,
        entities=("skarn valley",),
    )
    kinds = {"varnholm": "place", "skarn": "place", "skarn valley": "place"}
    assert entity_conflict(a, b, kinds, {"a": {"varnholm", "skarn"}, "b": {"skarn valley"}}) is None
    c = replace(
        b, text=b.text.replace("Skarn Valley", "Dravia Valley"), entity_keys=("dravia valley",)
    )
    kinds["dravia valley"] = "place"
    assert entity_conflict(a, c, kinds, {"a": {"varnholm", "skarn"}, "b": {"dravia valley"}})


def test_two_places_of_one_thing_still_conflict(tmp_path: Path) -> None:
    _two(
        tmp_path,
        "A fire broke out at a warehouse in Kessel on Friday, firefighters said.",
        "A fire broke out at a warehouse in Dravia on Friday, firefighters said.",
    )
    assert _entity_conflicts(tmp_path, "warehouse in Kessel") == ["kessel vs dravia (place)"]
