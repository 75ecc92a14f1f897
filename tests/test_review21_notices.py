"""Every sentence of a correction notice's paragraph belongs to the notice (review 21)."""

from __future__ import annotations

from pathlib import Path

from .stories import story_facts, write_article


def test_the_sentence_after_a_correction_notice_is_no_fact(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Ardel Herald", "2027-05-06T18:00:00Z",
        "The nurses' strike at public hospitals across Ardel ended on Thursday.\n\n"
        "The strike affected 57 public hospitals, including Holm General Hospital.\n\n"
        "Correction: An earlier version of this article said the strike affected 51 public "
        "hospitals. It affected 57.", title="Nurses' strike ends",
    )  # fmt: skip
    texts = [s.text for f in story_facts(tmp_path) for s in f.support]
    assert "It affected 57." not in texts
    assert any(t.startswith("The strike affected 57") for t in texts)
