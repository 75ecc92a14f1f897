"""A report retold by another outlet weighs once in the facts' linkage."""

from __future__ import annotations

from dataclasses import replace

from corrobora.align.grouping import group_scored
from corrobora.model import Claim

from ..reconcile.conftest import make_claim


def _claims() -> list[Claim]:
    """The Tribune's own figure, a rival outlet's figure, an agency retelling the Tribune."""
    texts = {
        "tribune": ("t", "Brenn claimed 21,600 crowns in travel costs, an audit found."),
        "radio": ("r", "The travel costs under review for Brenn are 12,600 crowns."),
        "agency": ("g", "The Tribune reported that Brenn claimed 21,600 crowns in costs."),
    }
    return [replace(make_claim(article, text, 0), id=i) for i, (article, text) in texts.items()]


#: The retelling and its source join first; the rival figure is close to the source only.
_SCORED = [(1.0, "agency", "tribune"), (0.47, "radio", "tribune")]


def test_a_retelling_of_a_grouped_report_keeps_a_rival_figure_in_the_fact() -> None:
    relays = {"agency": frozenset({"t"})}
    (group,) = group_scored(_claims(), _SCORED, 0.42, relays)
    assert sorted(group) == ["agency", "radio", "tribune"]


def test_without_the_retelling_known_the_average_still_decides() -> None:
    groups = group_scored(_claims(), _SCORED, 0.42)
    assert sorted(map(sorted, groups)) == [["agency", "tribune"], ["radio"]]


def test_a_retelling_of_a_report_outside_the_group_still_counts() -> None:
    relays = {"agency": frozenset({"elsewhere"})}
    groups = group_scored(_claims(), _SCORED, 0.42, relays)
    assert sorted(map(sorted, groups)) == [["agency", "tribune"], ["radio"]]
