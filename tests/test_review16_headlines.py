"""A headline inside the body sums up the story: it is no fact of its own."""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind

from .stories import story_facts, write_article


def test_a_headline_line_states_no_fact_and_meets_no_quote(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Northwire", "2026-10-13T10:00:00Z",
        "An earthquake in northern Orlavia killed 12 people in the mountain villages near "
        "Dravo on Tuesday, Interior Minister Ana Rell said.\n\n"
        '"The numbers may rise as we reach the mountain villages," she told state radio.',
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Orlavia Today", "2026-10-14T09:30:00Z",
        "Orlavia quake death toll rises to 48 as rescuers reach mountain villages\n\n"
        "The number of people killed by the earthquake in northern Orlavia rose to 48 on "
        "Wednesday, Interior Minister Ana Rell said.",
    )  # fmt: skip
    facts = story_facts(tmp_path)
    assert not [f for f in facts if any("rescuers reach mountain" in s.text for s in f.support)]
    assert not [c for f in facts for c in f.conflicts if c.kind is ConflictKind.MODALITY]
