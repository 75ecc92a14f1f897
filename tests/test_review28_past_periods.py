"""A claim of a past period's event is another fact than one of the report's own days.

"In March, undersea cables were also damaged, disrupting about 70 percent of the
network" tells of an earlier incident; "Up to 70% of communications have been
disrupted" of this one. So does a clause on "last year's fire, which destroyed 310
homes" against this year's "destroyed 52 homes": neither supports the other.
"""

from __future__ import annotations

from pathlib import Path

from .stories import fact_with, write_article


def _cable_reports(folder: Path, published: str, background: str) -> None:
    header = f"Published: {published}\n" if published else ""
    (folder / "a.txt").write_text(
        f"Title: Cable cuts\nOutlet: Quay Ledger\n{header}\n"
        "Two undersea cables were damaged off Varn Point on Friday, slowing internet "
        "traffic across the Seld islands. Up to 60% of calls to the Seld islands have been "
        "cut after cables linking the islands to the mainland were damaged.\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(
        f"Title: Cable damage\nOutlet: Isle Courier\n{header}\n"
        "Two undersea cables off Varn Point were damaged on Friday, slowing internet "
        f"traffic across the Seld islands. {background}\n",
        encoding="utf-8",
    )


_MARCH = (
    "In March, undersea cables near Orlo harbour were also damaged, cutting about 60 "
    "percent of the calls to the Seld islands."
)


def test_a_past_months_figure_does_not_corroborate_todays(tmp_path: Path) -> None:
    _cable_reports(tmp_path, "2026-07-18T10:00:00", _MARCH)
    fact = fact_with(tmp_path, "Up to 60% of calls")
    assert fact.independent_support == 1
    assert not any("60 percent" in s.text for s in fact.support)


def test_an_undated_report_reads_a_named_month_as_past(tmp_path: Path) -> None:
    _cable_reports(tmp_path, "", _MARCH)
    fact = fact_with(tmp_path, "Up to 60% of calls")
    assert fact.independent_support == 1


def test_the_same_month_told_by_both_stays_one_fact(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Quay Ledger",
        "2026-07-18T10:00:00",
        "Repairs to the Seld network are nearly done. In March, undersea cables near Orlo "
        "harbour were damaged, the operator Selnet said.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Isle Courier",
        "2026-07-18T12:00:00",
        "Engineers have almost finished their work on the islands' lines. Undersea cables "
        "near Orlo harbour were damaged by an anchor in March.",
    )
    fact = fact_with(tmp_path, "In March, undersea cables")
    assert any("by an anchor in March" in s.text for s in fact.support)


def test_last_years_event_in_a_clause_is_another_fact(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Valley Gazette",
        "2026-07-14T08:45:00",
        "A wildfire in the Orrin Hills has destroyed 41 homes in Delby, the county said "
        "on Tuesday.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Northline",
        "2026-07-15T11:30:00",
        "The wildfire in the Orrin Hills keeps growing. The fire is the largest in the "
        "county since last year's Calder Gap fire, which destroyed 280 homes.",
    )
    fact = fact_with(tmp_path, "destroyed 41 homes")
    assert not any("280 homes" in s.text for s in fact.support)
    assert not fact.conflicts
