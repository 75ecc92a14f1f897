"""A retelling of another outlet's report is weighed only against that report."""

from __future__ import annotations

from pathlib import Path

from .stories import fact_with, write_article


def _story(folder: Path, retold: str) -> None:
    write_article(folder, "a.txt", "Osterby Courier", "2026-04-02T08:00:00Z",
                  "A fire destroyed a timber yard in Osterby overnight. The fire killed nine "
                  "workers, the county fire service said. Crews fought the flames for six hours.")  # fmt: skip
    write_article(folder, "b.txt", "Valley Post", "2026-04-02T09:30:00Z",
                  "Flames tore through an Osterby timber yard during the night. The fire killed "
                  "six workers, according to the county fire service. Roads nearby were shut.")  # fmt: skip
    write_article(folder, "c.txt", "Daily Skim", "2026-04-02T11:00:00Z",
                  "Osterby's timber yard burned down overnight. " + retold)  # fmt: skip


def test_a_retelling_adds_no_second_copy_of_a_conflict(tmp_path: Path) -> None:
    _story(tmp_path, "The Osterby Courier reported that nine workers were killed in the fire.")
    fact = fact_with(tmp_path, "killed nine workers")
    assert [c.detail for c in fact.conflicts] == ["9 dead vs 6 dead"]


def test_a_retelling_that_changes_the_figure_conflicts_with_the_report(tmp_path: Path) -> None:
    _story(tmp_path, "The Osterby Courier reported that eight workers were killed in the fire.")
    fact = fact_with(tmp_path, "killed nine workers")
    details = sorted(c.detail for c in fact.conflicts)
    assert "9 dead vs 8 dead" in details
    assert "6 dead vs 8 dead" not in details and "8 dead vs 6 dead" not in details
