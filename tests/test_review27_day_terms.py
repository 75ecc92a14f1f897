"""Two reports that put one act on two days still meet as one fact.

A day's name is no word a claim is aligned on (``align.similarity.claim_terms``): "the
strike began on Sunday" and "the strike began early on Monday" share all but the day,
and counting the day as a word kept such pairs under the threshold, so their date
conflict was never weighed. Being dated is itself one shared term.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from corrobora.align.similarity import DATE_TERM, claim_terms
from corrobora.model import ConflictKind

from .stories import dated_claim, fact_with, write_article


def _two_reports(tmp_path: Path, first: str, second: str) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Post",
        "2026-03-10T18:00:00",
        "Dock workers at the port of Velm have stopped work in a dispute over pay. " + first,
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastal Times",
        "2026-03-10T20:00:00",
        "A strike by dock workers has halted the port of Velm in a row over wages. " + second,
    )


def test_an_act_dated_on_two_days_is_one_fact_with_a_date_conflict(tmp_path: Path) -> None:
    _two_reports(
        tmp_path,
        "The first ships were turned away from the port on Sunday.",
        "The first ships were turned away early on Monday, the harbour master said.",
    )
    fact = fact_with(tmp_path, "away from the port on Sunday")
    assert any("turned away early on Monday" in s.text for s in fact.support)
    assert ConflictKind.DATE in {c.kind for c in fact.conflicts}


def test_the_same_day_told_alike_is_no_conflict(tmp_path: Path) -> None:
    _two_reports(
        tmp_path,
        "The first ships were turned away from the port on Monday.",
        "The first ships were turned away early on Monday, the harbour master said.",
    )
    fact = fact_with(tmp_path, "away from the port on Monday")
    assert any("turned away early on Monday" in s.text for s in fact.support)
    assert not fact.conflicts


def test_day_names_give_way_to_one_date_term() -> None:
    claim = dated_claim(
        "a", "The strike began on Sunday.", "Sunday", date(2026, 3, 8), date(2026, 3, 8)
    )
    claim = replace(claim, terms=("strike", "begin", "sunday"))
    assert claim_terms(claim) == ("strike", "begin", DATE_TERM)


def test_an_unresolved_date_keeps_its_words() -> None:
    claim = dated_claim(
        "a", "The strike began on Sunday.", "Sunday", date(2026, 3, 8), date(2026, 3, 8)
    )
    unresolved = replace(claim.dates[0], start=None, end=None)
    claim = replace(claim, terms=("strike", "begin", "sunday"), dates=(unresolved,))
    assert claim_terms(claim) == ("strike", "begin", "sunday")
