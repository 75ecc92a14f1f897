"""Weekdays that look forward (review 17).

A weekday listed after another ("on Monday and Tuesday") follows it, a list naming days
in their order; a plan reported in the past tense of a saying ("said it expected to
reopen the road by Friday") looks forward from the saying.
"""

from __future__ import annotations

from datetime import date

from corrobora.extract.dates import find_dates
from corrobora.extract.nlp import parse
from corrobora.settings import AnalyzeParams
from tests.extract.conftest import ANCHOR, build_article  # ANCHOR is a Wednesday


def _days(text: str, *, parsed: bool = True) -> dict[str, date | None]:
    """The first day of each date expression of ``text``, published at ANCHOR."""
    article = build_article(text, ANCHOR)
    source = parse(text, AnalyzeParams().model) if parsed else text
    return {m.text: m.start for m in find_dates(source, article)}


def test_a_listed_weekday_follows_the_one_before_it() -> None:
    text = "The council shut Fallow Lane Library on Wednesday and Thursday."
    for parsed in (True, False):
        days = _days(text, parsed=parsed)
        assert days["Wednesday"] == date(2025, 3, 12)
        assert days["Thursday"] == date(2025, 3, 13)
    ranged = _days("Ferries to Olm were cancelled from Tuesday to Thursday.")
    assert ranged["Tuesday"] == date(2025, 3, 11)
    assert ranged["Thursday"] == date(2025, 3, 13)
    # a weekday alone still looks back
    assert _days("The council shut Fallow Lane Library on Thursday.")["Thursday"] == date(
        2025, 3, 6
    )


def test_a_plan_in_the_past_tense_of_a_saying_looks_forward() -> None:
    said = _days("Kestrel Water said it expected to restore supply to Olm by Saturday.")
    assert said["Saturday"] == date(2025, 3, 15)
    # a plan no one reports stays as it was written
    had = _days("Kestrel Water had expected to restore supply to Olm by Saturday.")
    assert had["Saturday"] == date(2025, 3, 8)
