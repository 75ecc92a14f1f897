"""A date that owns a noun ("last weekend's cyberattack") dates that thing, not the claim."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from corrobora.model import ConflictKind
from corrobora.reconcile.conflicts import date_conflict

from ..stories import dated_claim

SAT, SUN, THU = date(2026, 11, 7), date(2026, 11, 8), date(2026, 11, 12)


def test_a_possessive_date_is_not_weighed_against_the_claims_own_date() -> None:
    count = dated_claim(
        "a",
        "The number of customers caught up in last weekend's cyberattack has risen to 2.4 million.",
        "last weekend",
        SAT,
        SUN,
        "rise",
    )
    later = dated_claim(
        "b", "The number of customers affected rose to 3.1 million on Thursday.", "Thursday",
        THU, THU, "rise",
    )  # fmt: skip
    assert date_conflict(count, later) is None


def test_two_possessive_dates_of_one_thing_still_conflict() -> None:
    first = dated_claim(
        "a", "Ilse Marten won Sunday's regional election.", "Sunday", SUN, SUN, "win"
    )
    second = dated_claim("b", "Ilse Marten won Saturday's election.", "Saturday", SAT, SAT, "win")
    conflict = date_conflict(first, second)
    assert conflict is not None and conflict.kind is ConflictKind.DATE
    other = replace(second, text="Ilse Marten won Saturday's debate.")
    assert date_conflict(first, other) is None
