"""Unnamed bodies of one kind (review 17).

"the fire service said" in an article that never spells out the service's name is the
story's one named fire service, as "the company said" is the story's one company; with
a body of the kind named twice, or a body of another kind, it stays a source of its own.
"""

from __future__ import annotations

from pathlib import Path

from tests.stories import fact_with, write_article

NORTH = ("Northwire", "2026-10-13T05:40:00+00:00")
SOUTH = ("Valley Courier", "2026-10-13T09:00:00+00:00")


def _two_outlets(folder: Path, first: str, second: str) -> None:
    """Write ``first`` as a Northwire article and ``second`` as a later Courier one."""
    folder.mkdir()
    write_article(folder, "a.txt", *NORTH, first)
    write_article(folder, "b.txt", *SOUTH, second)


NAMED = (
    "The Harlow Moor blaze has burned 600 hectares near Fenwick, the Dunmere Fire and "
    "Rescue Service said. Crews had the blaze 20 per cent contained by Sunday night, the "
    "service said."
)


def test_the_fire_service_is_the_storys_one_fire_service(tmp_path: Path) -> None:
    _two_outlets(
        tmp_path / "one",
        NAMED,
        "The blaze was 20 percent contained late on Sunday, the fire service said.",
    )
    assert fact_with(tmp_path / "one", "20 percent").origins == ("dunmere fire and rescue service",)


def test_the_service_alone_is_the_storys_one_service(tmp_path: Path) -> None:
    _two_outlets(
        tmp_path / "bare",
        NAMED,
        "The blaze was 20 percent contained late on Sunday, the service said.",
    )
    assert fact_with(tmp_path / "bare", "20 percent").origins == (
        "dunmere fire and rescue service",
    )


def test_a_body_of_another_kind_is_no_match(tmp_path: Path) -> None:
    # an ambulance service is no fire service, and two fire services leave it open
    _two_outlets(
        tmp_path / "other",
        NAMED.replace("Fire and Rescue", "Ambulance"),
        "The blaze was 20 percent contained late on Sunday, the fire service said.",
    )
    assert len(fact_with(tmp_path / "other", "20 percent").origins) == 2
    _two_outlets(
        tmp_path / "two",
        NAMED + " The Fenwick Fire Service sent four engines.",
        "The blaze was 20 percent contained late on Sunday, the fire service said.",
    )
    assert len(fact_with(tmp_path / "two", "20 percent").origins) == 2
