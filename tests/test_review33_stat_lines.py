"""Figures of two acts in one line of statistics are never rival readings of one.

"rushed for 404 yards and two touchdowns" and "caught 52 passes for 440 yards and four
touchdowns" give yards and touchdowns of two acts, rushing and catching: set side by
side, they are two amounts, not a number conflict (``figures.stat_act``). The yield of
one act told two ways is still weighed.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind

from .stories import story_facts, write_article


def _season(tmp_path: Path, first: str, second: str, third: str) -> None:
    lead = "The Harbor Gulls placed running back Tomas Vell on injured reserve on Monday. "
    write_article(tmp_path, "a.txt", "Gull Wire", "2026-11-02T10:00:00", lead + first)
    write_article(tmp_path, "b.txt", "Bay Sports", "2026-11-02T11:00:00", lead + second)
    write_article(tmp_path, "c.txt", "Coast Report", "2026-11-02T12:00:00", lead + third)


def _number_conflicts(tmp_path: Path) -> list[str]:
    return [
        c.detail
        for f in story_facts(tmp_path)
        for c in f.conflicts
        if c.kind is ConflictKind.NUMBER
    ]


def test_rushing_and_receiving_yards_are_no_conflict(tmp_path: Path) -> None:
    _season(
        tmp_path,
        "Vell rushed for 512 yards and three touchdowns, and caught 41 passes for 377 yards "
        "and five touchdowns this season.",
        "He rushed 120 times for 512 yards and three touchdowns and also had 41 catches for "
        "377 yards and five touchdowns.",
        "It has been a hard year for Vell; he played in just 9 games, rushing for 512 yards "
        "and three touchdowns while catching 41 passes for 377 yards and five scores.",
    )
    assert _number_conflicts(tmp_path) == []


def test_one_act_told_with_two_yields_still_conflicts(tmp_path: Path) -> None:
    _season(
        tmp_path,
        "Vell rushed for 512 yards and three touchdowns this season.",
        "Vell rushed for 540 yards and three touchdowns this season.",
        "Vell rushed 120 times for 512 yards and three touchdowns this season.",
    )
    assert any("512 yard" in d and "540 yard" in d for d in _number_conflicts(tmp_path))
