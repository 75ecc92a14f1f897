"""A game-clock conflict reads the clock as the articles write it.

"with 7:42 left" is read as 462 seconds so that two readings of the clock are weighed
as durations, but a reader looks for "7:42 left" in the text, not "462 second".
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind

from .stories import fact_with, write_article


def _two_reports(tmp_path: Path, first: str, second: str) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Post",
        "2026-02-10T20:00:00",
        "The Rovers beat Dale 71-69 on Saturday night in Kelby.\n"
        f"Tomas Reyne hit the winning basket with {first} in the game.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastal Times",
        "2026-02-10T21:00:00",
        "The Rovers held off Dale 71-69 on Saturday in Kelby.\n"
        f"Tomas Reyne hit the winning basket with {second} in the game.",
    )


def test_a_game_clock_conflict_shows_the_clock_as_written(tmp_path: Path) -> None:
    _two_reports(tmp_path, "7:42 left", "7:41 left")
    fact = fact_with(tmp_path, "with 7:42 left")
    (conflict,) = [c for c in fact.conflicts if c.kind is ConflictKind.NUMBER]
    assert conflict.detail == "7:42 left vs 7:41 left"


def test_each_side_keeps_its_own_words_of_time_left(tmp_path: Path) -> None:
    _two_reports(tmp_path, "2:10 to play", "2:01 remaining")
    fact = fact_with(tmp_path, "with 2:10 to play")
    (conflict,) = [c for c in fact.conflicts if c.kind is ConflictKind.NUMBER]
    assert conflict.detail == "2:10 to play vs 2:01 remaining"
    assert "second" not in conflict.detail
