"""An outlet written with its place's initials, stops and all, is one origin.

"According to this P.E. Courier story" and "according to a report in the Port Ellis
Courier" credit one newspaper: the key of "P.E. Courier" ("p e courier") spells the
initials of "Port Ellis" as letters apart, and "this" points at the name without being
a word of it.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.extract.entities import initialed_lead, same_body

from .stories import attributions, credit_of, fact_with, write_article

_OFFER = "the Harbourside Gulls have made an eight-year offer to the free agent Tomas Rinn."


def test_initials_with_stops_lead_the_name_in_full() -> None:
    assert initialed_lead(["p", "e", "courier"], ["port", "ellis", "courier"])
    assert same_body("p e courier", "port ellis courier")
    assert not initialed_lead(["p", "e", "courier"], ["port", "ellis", "herald"])


def test_a_pointing_word_is_no_part_of_the_credited_name() -> None:
    text = (
        "According to this L.A. Times story (which credits the team-owned radio station), " + _OFFER
    )
    found = attributions(text, "Alpha Sports")
    assert credit_of(found, "Times", text).source_key == "l a times"


def test_one_outlet_written_two_ways_is_one_origin(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Alpha Sports",
        "2026-03-10T18:00:00",
        f"According to this P.E. Courier story, {_OFFER}",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Beta Daily",
        "2026-03-10T20:00:00",
        f"According to a report in the Port Ellis Courier, {_OFFER}",
    )
    fact = fact_with(tmp_path, "this P.E. Courier")
    assert fact.origins == ("port ellis courier",)
    assert fact.independent_support == 1


def test_the_writer_of_the_credited_story_is_its_outlet(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Alpha Sports",
        "2026-03-10T18:00:00",
        f"According to this P.E. Courier story, {_OFFER} The fee was not given, but Nora"
        " Vell, the fine reporter who wrote the story, says the Gulls offered at least"
        " $60 million.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Beta Daily",
        "2026-03-10T20:00:00",
        "The Harbourside Gulls offered at least $60 million to Tomas Rinn, according to a"
        " report in the Port Ellis Courier.",
    )
    fact = fact_with(tmp_path, "Nora Vell")
    assert fact.origins == ("port ellis courier",)
