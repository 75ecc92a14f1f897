"""A part a total includes, counts of two states and a past event's toll stay apart.

"31 pieces of apparatus, including three ladder trucks" gives three as a part of the
31, no rival to "31 fire trucks"; "seven employees were trapped" and "three employees
wounded" count two sets; a toll told of an event "earlier this year" is no level of
the story's own toll.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.align.apart import counts_in_two_states
from corrobora.model import ConflictKind

from .stories import fact_with, figured_claim, story_facts, write_article


def test_a_part_the_total_includes_is_no_rival_total(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Post",
        "2026-04-02T10:00:00",
        "A fire destroyed the old grain mill in Orsk early Tuesday. "
        "A total of 24 fire trucks responded to the blaze, chief Ida Moen said.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastal Times",
        "2026-04-02T10:30:00",
        "A blaze gutted the old grain mill in Orsk on Tuesday. A total of 24 pieces of "
        "apparatus responded to the blaze, including two ladder trucks.",
    )
    fact = fact_with(tmp_path, "24 fire trucks")
    assert ConflictKind.NUMBER not in {c.kind for c in fact.conflicts}


def test_counts_of_two_states_are_two_facts(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Post",
        "2026-04-02T10:00:00",
        "Seven employees were trapped inside the Orsk grain mill during the fire.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastal Times",
        "2026-04-02T10:30:00",
        "Three employees were wounded inside the Orsk grain mill during the fire.",
    )
    fact = fact_with(tmp_path, "were trapped")
    assert not any("wounded" in s.text for s in fact.support)
    assert ConflictKind.NUMBER not in {c.kind for c in fact.conflicts}


def test_a_toll_of_an_event_earlier_this_year_is_not_the_story_toll(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Post",
        "2026-04-02T10:00:00",
        "Two workers were killed in a shooting at the Orsk bakery on Thursday night.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastal Times",
        "2026-04-02T10:30:00",
        "Two workers were killed in a shooting at the Orsk bakery on Thursday night, "
        "police said. Earlier this year, a researcher was charged in a campus shooting "
        "spree that left three professors dead.",
    )
    facts = story_facts(tmp_path)
    toll = [f for f in facts if any("Two workers" in s.text for s in f.support)]
    assert toll and not any("professors" in s.text for f in toll for s in f.support)
    assert all(ConflictKind.NUMBER not in {c.kind for c in f.conflicts} for f in toll)


def test_people_taken_to_and_treated_in_hospital_are_one_state() -> None:
    taken = figured_claim("a", "A further 23 people were taken to hospital with burns.")
    treated = figured_claim("b", "Another 23 people were treated in hospital.")
    admitted = figured_claim("c", "Twelve people were admitted to a local hospital.")
    assert not counts_in_two_states(taken, treated)
    assert not counts_in_two_states(taken, admitted)
