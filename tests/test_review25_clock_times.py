"""Hedged clock times an hour apart disagree; a time inside a hedged one agrees."""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind

from .stories import fact_with, write_article


def _start_times(folder: Path, first: str, second: str) -> set[ConflictKind]:
    write_article(
        folder,
        "a.txt",
        "Ridge Post",
        "2026-07-06T20:00:00",
        f"The fire broke out at {first} on Monday on a slope above Halden.",
    )
    write_article(
        folder,
        "b.txt",
        "Valley Gazette",
        "2026-07-06T21:00:00",
        f"The fire started at {second} on Monday on a slope above Halden.",
    )
    return {c.kind for c in fact_with(folder, "slope above Halden").conflicts}


def test_about_two_and_around_three_disagree(tmp_path: Path) -> None:
    assert ConflictKind.NUMBER in _start_times(tmp_path, "about 2 p.m.", "around 3 p.m.")


def test_half_past_two_is_about_three(tmp_path: Path) -> None:
    assert ConflictKind.NUMBER not in _start_times(tmp_path, "2:30 p.m.", "about 3 p.m.")
