"""A market move that names no day is of its article's day (or the day before)."""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind

from .stories import story_facts, write_article


def test_undated_moves_of_two_days_are_two_facts(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Nordwire",
        "2026-03-09T11:00:00",
        "Korvell Lines launched a hostile bid for Tessaly Shipping on Monday. Tessaly shares"
        " jumped 27 percent in morning trading, while Korvell shares fell 4 percent.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Meridian Markets",
        "2026-03-10T15:00:00",
        "Korvell Lines defended its hostile bid for Tessaly Shipping. Shares in Tessaly rose"
        " 6 percent on Tuesday. Shares in Korvell fell 2 percent.",
    )
    facts = story_facts(tmp_path)
    for fact in facts:
        assert ConflictKind.NUMBER not in {c.kind for c in fact.conflicts}, fact
        texts = " | ".join(s.text for s in fact.support)
        assert not ("27 percent" in texts and "6 percent" in texts), texts
