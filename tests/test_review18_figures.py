"""Forecasts are no results, and one act worded with synonyms is one count (review 18)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from corrobora.model import Claim, ConflictKind, Quantity, Span
from corrobora.reconcile.figures import FORECAST, claim_figures

from .reconcile.conftest import make_claim
from .stories import fact_with, write_article


def test_a_full_year_forecast_is_not_weighed_against_the_quarter(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Brenmark Wire", "2026-04-02T07:00:00Z",
        "Velmora said on Thursday its operating profit rose 9% in the first quarter to 42 "
        "million crowns. Sales rose 4% to 610 million crowns. Velmora now expects "
        "full-year sales of about 2.6 billion crowns, up from a previous forecast of 2.4 "
        "billion crowns.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Osterby Daily", "2026-04-02T10:00:00Z",
        "Velmora reported a 9% rise in first-quarter operating profit to 42 million crowns "
        "on Thursday. Sales grew 4% year on year to 610 million crowns.",
    )  # fmt: skip
    sales = fact_with(tmp_path, "Sales grew 4%")
    assert not sales.conflicts
    assert not any("expects" in s.text for s in sales.support)
    assert any("Sales rose 4%" in s.text for s in sales.support)


def _money_claim(text: str, written: str, value: float) -> Claim:
    """A claim of ``text`` whose one figure, ``written`` in it, is ``value`` crowns."""
    at = text.index(written)
    figure = Quantity(Span(at, at + len(written)), written, value, "SEK")
    return replace(make_claim("a", text, 0), quantities=(figure,))


def test_analysts_expectations_are_a_forecast() -> None:
    expected = _money_claim(
        "Analysts had on average expected a profit of 38 million crowns", "38 million", 38e6
    )
    assert [f.role for f in claim_figures(expected)] == [FORECAST]
    missed = _money_claim(
        "Profit missed the 38 million crowns analysts had pencilled in", "38 million", 38e6
    )
    assert [f.role for f in claim_figures(missed)] == [FORECAST]
    made = _money_claim("Velmora made a profit of 42 million crowns", "42 million", 42e6)
    assert [f.role for f in claim_figures(made)] == [""]


def test_jobs_shed_in_a_long_sentence_are_weighed_against_jobs_cut(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Brenmark Wire", "2026-04-02T07:00:00Z",
        "Velmora said on Thursday its operating profit rose 9% in the first quarter and "
        "announced it would cut 600 jobs over the next two years. Velmora employs about "
        "9,000 people.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Osterby Daily", "2026-04-02T15:00:00Z",
        "Shares in Velmora closed 3.1% higher at 84.20 crowns on Thursday after the train "
        "maker reported a 9% rise in quarterly profit and said it would shed 450 jobs. "
        "Velmora employs about 9,000 people.",
    )  # fmt: skip
    jobs = fact_with(tmp_path, "cut 600 jobs")
    assert any("shed 450 jobs" in s.text for s in jobs.support)
    assert [(c.kind, c.detail) for c in jobs.conflicts] == [
        (ConflictKind.NUMBER, "600 job vs 450 job")
    ]


def test_a_prior_year_figure_compared_with_is_part_of_the_result(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Brenmark Wire", "2026-04-02T07:00:00Z",
        "Operating profit in the three months to March rose to 42 million crowns from 37 "
        "million crowns a year earlier, Velmora said.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Osterby Daily", "2026-04-02T15:00:00Z",
        "Operating profit for January to March came in at 42 million crowns, compared with "
        "37 million crowns in the first quarter of last year.",
    )  # fmt: skip
    profit = fact_with(tmp_path, "came in at")
    assert len(profit.support) == 2 and not profit.conflicts


def test_a_figure_compared_with_is_an_earlier_one() -> None:
    claim = _money_claim(
        "Operating profit came in at 42 million crowns, compared with 37 million crowns",
        "37 million",
        37e6,
    )
    assert [f.earlier for f in claim_figures(claim)] == [True]
