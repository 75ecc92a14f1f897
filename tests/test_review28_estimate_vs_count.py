"""A lower figure a later report credits to another source is no update of the first.

A survey's estimate and an official count of one measure are two accounts: a report
between them that the measure "reached" the official figure tells no rise from the
estimate when the estimate was higher.
"""

from __future__ import annotations

from datetime import datetime

from corrobora.extract.analyze import analyze_article
from corrobora.model import Claim, ConflictKind, ConflictNature
from corrobora.reconcile.conflicts import fact_conflicts
from corrobora.settings import AnalyzeParams

from .stories import text_article

_REPORTS = (
    (
        "Harbour Radio",
        "2027-06-01T21:00:00",
        "The exit poll also suggests that turnout reached about 66 percent of registered "
        "voters, far above the last council election.",
    ),
    (
        "Kelby Herald",
        "2027-06-02T13:00:00",
        "Tomas Ferl also said turnout reached 58.2 percent of the town's 84,000 registered "
        "voters, the highest in two decades.",
    ),
    (
        "Harbour Radio",
        "2027-06-02T19:00:00",
        "The commission put official turnout at 58.2 percent, lower than the 66 percent "
        "suggested by the Harbour Radio exit poll on Tuesday night.",
    ),
)


def _turnout_claims() -> tuple[list[Claim], dict[str, datetime | None]]:
    claims: list[Claim] = []
    published: dict[str, datetime | None] = {}
    for outlet, when, text in _REPORTS:
        analysis = analyze_article(text_article(text, outlet), AnalyzeParams())
        published[analysis.article.id] = datetime.fromisoformat(when)
        claims.append(next(c for c in analysis.claims if "turnout" in c.text))
    return claims, published


def test_an_official_figure_below_a_polls_estimate_disagrees() -> None:
    claims, published = _turnout_claims()
    found = fact_conflicts(claims, {}, {}, published)
    numbers = [c for c in found if c.kind is ConflictKind.NUMBER]
    assert numbers
    assert all(c.nature is ConflictNature.DISAGREEMENT for c in numbers)
