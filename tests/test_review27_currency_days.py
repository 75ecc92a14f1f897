"""A currency's moves against another on two days are two facts, never a conflict."""

from __future__ import annotations

from pathlib import Path

import pytest

from corrobora.model import ConflictKind

from .stories import story_facts, write_article


@pytest.mark.parametrize(
    "close",
    [
        "The lira ended Tuesday up 0.6 percent against the euro.",
        "The lira ended the day up 0.6 percent against the euro.",
    ],
)
def test_close_and_next_afternoon_are_two_moves(tmp_path: Path, close: str) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Radio",
        "2026-05-12T18:30:00",
        "The Central Bank of Ostrava cut its main rate to 3.25 percent on Tuesday. " + close,
    )
    write_article(
        tmp_path,
        "b.txt",
        "Ostrava Finance Daily",
        "2026-05-13T17:00:00",
        "Ostrava's central bank lowered its main rate to 3.25 percent on Tuesday. The lira"
        " traded 0.2 percent higher against the euro on Wednesday afternoon.",
    )
    for fact in story_facts(tmp_path):
        assert ConflictKind.NUMBER not in {c.kind for c in fact.conflicts}, fact
        texts = " | ".join(s.text for s in fact.support)
        assert not ("0.6 percent" in texts and "0.2 percent" in texts), texts
