"""Figures each report dates on its own day are the state at two times (review 8).

"10 percent contained on Wednesday" in Wednesday's report and "60 percent contained on
Friday" in Friday's are an update, and the two days no date conflict; an event's date
("broke out on Wednesday" against "on Friday") stays a conflict.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind, ConflictNature

from .stories import story_facts, write_article


def test_a_figure_dated_on_each_reports_day_is_an_update(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "wed.txt",
        "Tarn Wire",
        "2026-08-12T17:00:00+00:00",
        "The Hollin Ridge fire was 15 percent contained on Wednesday, the county fire service "
        "said.",
    )
    write_article(
        tmp_path,
        "fri.txt",
        "Orlen Post",
        "2026-08-14T17:00:00+00:00",
        "The Hollin Ridge fire was 70 percent contained on Friday, the county fire service said.",
    )
    (fact,) = story_facts(tmp_path)
    (conflict,) = fact.conflicts
    assert conflict.kind is ConflictKind.NUMBER
    assert conflict.nature is ConflictNature.UPDATE
    assert conflict.detail == "15 %, later 70 %"


def test_an_events_date_on_each_reports_day_still_conflicts(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "wed.txt",
        "Tarn Wire",
        "2026-08-12T17:00:00+00:00",
        "The Hollin Ridge fire broke out on Wednesday near the reservoir, the county fire "
        "service said.",
    )
    write_article(
        tmp_path,
        "fri.txt",
        "Orlen Post",
        "2026-08-14T17:00:00+00:00",
        "The Hollin Ridge fire broke out on Friday near the reservoir, the county fire service "
        "said.",
    )
    (fact,) = story_facts(tmp_path)
    assert [c.kind for c in fact.conflicts] == [ConflictKind.DATE]
