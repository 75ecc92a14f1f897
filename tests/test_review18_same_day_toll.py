"""A toll of the dead one source raises within a day is an update, not a disagreement."""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictNature

from .stories import fact_with, write_article


def _story(folder: Path, first: str, second: str) -> None:
    write_article(folder, "a.txt", "Harrow Radio", "2026-06-03T08:00:00Z",
                  "A ferry capsized off the coast of Brenmark on Tuesday. " + first)  # fmt: skip
    write_article(folder, "b.txt", "Valley Post", "2026-06-03T19:00:00Z",
                  "Rescue boats searched the waters off Brenmark after the ferry sank. " + second)  # fmt: skip


def test_a_higher_toll_of_the_dead_the_same_day_is_an_update(tmp_path: Path) -> None:
    _story(tmp_path, "Twelve people were killed, the coast guard said.",
           "Thirty people were killed, the coast guard said.")  # fmt: skip
    fact = fact_with(tmp_path, "Twelve people")
    assert [c.nature for c in fact.conflicts] == [ConflictNature.UPDATE]


def test_a_lower_toll_of_the_dead_the_same_day_disagrees(tmp_path: Path) -> None:
    _story(tmp_path, "Thirty people were killed, the coast guard said.",
           "Twelve people were killed, the coast guard said.")  # fmt: skip
    fact = fact_with(tmp_path, "Twelve people")
    assert [c.nature for c in fact.conflicts] == [ConflictNature.DISAGREEMENT]
