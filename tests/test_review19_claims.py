"""A clause that sets a figure beside another's stays with its statement (review 19)."""

from __future__ import annotations

from pathlib import Path

from .stories import story_facts, write_article


def test_a_more_than_clause_is_no_claim_of_its_own(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Osterby Daily", "2026-05-12T18:30:00Z",
        "The Tamsby Regional Health Office said on Tuesday it had confirmed 17 cases of "
        "measles, more than the Ministry of Health has reported for the whole country.",
    )  # fmt: skip
    (fact,) = story_facts(tmp_path)
    (support,) = fact.support
    assert support.text.endswith("for the whole country.")
    assert support.text.startswith("The Tamsby Regional Health Office")
