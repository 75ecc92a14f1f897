"""A count that sizes a body is no count of the members who act."""

from __future__ import annotations

from corrobora.reconcile.conflicts import number_conflict

from .stories import figured_claim


def test_a_committees_size_is_not_weighed_against_the_members_who_spoke() -> None:
    sized = figured_claim(
        "a", "The nine-member rates committee voted 7-2 for the cut, the bank said."
    )
    members = figured_claim(
        "b", "The rates committee was split 6-3, according to two members of the committee."
    )
    conflict = number_conflict(sized, members)
    assert conflict is not None
    assert conflict.detail == "7-2 vs 6-3"


def test_two_sizes_of_one_body_still_conflict() -> None:
    first = figured_claim("a", "The seven-member board approved the merger on Monday.")
    second = figured_claim("b", "The nine-member board approved the merger on Monday.")
    conflict = number_conflict(first, second)
    assert conflict is not None and "7" in conflict.detail and "9" in conflict.detail
