"""A count of some members of an owner's group ("two of Egypt's providers") is no size of it."""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind
from corrobora.reconcile.conflicts import number_conflict

from .stories import figured_claim, story_facts, write_article


def test_two_of_a_countrys_providers_is_no_rival_to_its_three() -> None:
    some = figured_claim(
        "a", "The cut hit Norlink and Vesta, two of Ostmark's largest internet providers."
    )
    size = figured_claim("b", "The country's three internet providers were hit by the cut.")
    assert number_conflict(some, size) is None


def test_three_of_its_ports_is_no_rival_to_the_regions_five() -> None:
    some = figured_claim(
        "a", "The storm closed Dunmore, Keel and Arlow, three of its busiest ports."
    )
    size = figured_claim("b", "The storm closed the region's five ports on Tuesday.")
    assert number_conflict(some, size) is None


def test_two_sizes_of_one_owners_group_still_conflict() -> None:
    first = figured_claim("a", "Ostmark's three internet providers were hit by the cut.")
    second = figured_claim("b", "Ostmark's four internet providers were hit by the cut.")
    assert number_conflict(first, second) is not None


def test_a_share_of_an_owners_revenue_is_still_weighed() -> None:
    first = figured_claim("a", "Exports made up 30 percent of its revenue last year.")
    second = figured_claim("b", "Exports made up 45 percent of its revenue last year.")
    assert number_conflict(first, second) is not None


def test_no_update_from_two_providers_to_the_countrys_three(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Harbor Daily", "2027-08-16T12:00:00Z",
        "A cable cut on Tuesday slowed internet services in Dunmore. "
        "The cut affected Norlink and Vesta, two of Ostmark's largest internet providers.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Coastline Times", "2027-08-18T12:00:00Z",
        "A cable cut on Tuesday slowed internet services in Dunmore. "
        "The cut affected the country's three internet providers, the regulator said.",
    )  # fmt: skip
    found = [
        c.detail
        for f in story_facts(tmp_path)
        for c in f.conflicts
        if c.kind is ConflictKind.NUMBER
    ]
    assert found == []
