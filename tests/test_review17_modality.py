"""What a source believes is hedged against the same thing stated flatly."""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind

from .stories import fact_with, write_article


def _story(folder: Path, first: str, second: str) -> None:
    write_article(folder, "a.txt", "Harrow Radio", "2026-08-12T10:00:00Z",
                  "The Tarrin Hills wildfire has burned 900 hectares. " + first)  # fmt: skip
    write_article(folder, "b.txt", "Valley Post", "2026-08-13T10:00:00Z",
                  "The Tarrin Hills wildfire has now burned 1,400 hectares. " + second)  # fmt: skip


def test_a_believed_cause_is_hedged_against_a_stated_one(tmp_path: Path) -> None:
    _story(tmp_path,
           "Investigators believe the fire was caused by a discarded cigarette, Ola Brenn said.",
           "The fire was started by a discarded cigarette, fire chief Ivo Stam said.")  # fmt: skip
    fact = fact_with(tmp_path, "discarded cigarette, Ola Brenn")
    assert [c.kind for c in fact.conflicts] == [ConflictKind.MODALITY]


def test_two_stated_wordings_of_one_cause_are_not_hedged(tmp_path: Path) -> None:
    _story(tmp_path,
           "Investigators said the fire was caused by a discarded cigarette, Ola Brenn said.",
           "The fire was started by a discarded cigarette, fire chief Ivo Stam said.")  # fmt: skip
    fact = fact_with(tmp_path, "discarded cigarette, Ola Brenn")
    assert not fact.conflicts
