"""Claims keep their figures whole and the figure they are compared with (review 18)."""

from __future__ import annotations

from pathlib import Path

from .stories import story_facts, write_article


def test_a_split_clause_keeps_the_percent_sign_of_its_figure(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Osterby Daily", "2026-04-02T09:00:00Z",
        "First-quarter orders at Velmora's rail unit fell 12%, while its bus unit grew 4%.",
    )  # fmt: skip
    texts = sorted(s.text for f in story_facts(tmp_path) for s in f.support)
    assert texts == [
        "First-quarter orders at Velmora's rail unit fell 12%",
        "its bus unit grew 4%",
    ]


def test_a_figure_compared_with_a_year_earlier_stays_with_its_statement(
    tmp_path: Path,
) -> None:
    write_article(
        tmp_path, "a.txt", "Osterby Daily", "2026-04-02T09:00:00Z",
        "Operating profit at Velmora for January to March came in at 42 million crowns, "
        "compared with 57 million crowns in the first quarter of last year.",
    )  # fmt: skip
    (fact,) = story_facts(tmp_path)
    (support,) = fact.support
    assert support.text.startswith("Operating profit") and "57 million crowns" in support.text
