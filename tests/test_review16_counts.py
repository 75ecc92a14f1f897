"""One running count worded with another form or a synonym of its count word."""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictNature

from .stories import fact_with, write_article


def _updates(folder: Path, words: str) -> list[str]:
    fact = fact_with(folder, words)
    return [c.detail for c in fact.conflicts if c.nature is ConflictNature.UPDATE]


def test_detained_then_arrested_is_one_rising_count(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Keldmark Wire", "2026-11-14T15:30:00Z",
        "Thousands marched through Castellor on Saturday against the pension reform. "
        "Police said 12 people had been detained by early afternoon.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Castellor Herald", "2026-11-14T21:40:00Z",
        "Saturday's march against the pension reform filled central Castellor. Police said "
        "27 people had been arrested by the evening.",
    )  # fmt: skip
    assert _updates(tmp_path, "27 people") == ["12 people, later 27 people"]


def test_injuring_then_injured_is_one_rising_count(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Northwire", "2026-10-13T05:40:00Z",
        "A strong earthquake struck northern Orlavia on Tuesday, killing at least 12 people "
        "and injuring about 40, officials said.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Orlavia Today", "2026-10-14T09:30:00Z",
        "Rescuers searched collapsed homes in northern Orlavia after Tuesday's earthquake. "
        "At least 210 people were injured, the ministry said.",
    )  # fmt: skip
    assert _updates(tmp_path, "210 people") == ["40 people, later 210 people"]
