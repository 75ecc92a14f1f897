"""Figures that still make one fact when a claim's credit no longer counts (review 38).

A source's two figures, a figure and the clause that tells of it, and an
organization's word of its own act stay one fact; a town's part of a count stays
apart from the whole.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.align.similarity import credit_words, stated_text
from corrobora.extract.analyze import analyze_article
from corrobora.model import ConflictKind, FactStatus
from corrobora.settings import AnalyzeParams

from ..stories import fact_with, text_article, write_article


def _two(folder: Path, first: str, second: str) -> None:
    """Two outlets' reports of one protest, each ending with a sentence of its own."""
    write_article(
        folder, "a.txt", "Morvan Herald", "2027-03-06T10:00:00Z",
        f"Farmers marched through Lisk on Saturday against the water tax.\n\n{first}",
        title="Farmers march in Lisk",
    )  # fmt: skip
    write_article(
        folder, "b.txt", "Quarry Times", "2027-03-06T15:00:00Z",
        f"Thousands of farmers marched in Lisk on Saturday over the water tax.\n\n{second}",
        title="Farmers march in Lisk",
    )  # fmt: skip


def test_one_sources_two_counts_of_a_march_conflict(tmp_path: Path) -> None:
    _two(tmp_path, "The organisers said 30,000 farmers took part.",
         "The organisers put the figure at 26,000.")  # fmt: skip
    fact = fact_with(tmp_path, "30,000")
    assert any("26,000" in s.text for s in fact.support)
    assert [c.kind for c in fact.conflicts] == [ConflictKind.NUMBER]


def test_a_share_and_the_clause_that_ranks_it_agree(tmp_path: Path) -> None:
    _two(tmp_path, "Turnout was 37.5 percent, up from 31.8 percent at the last march in 2024.",
         "Turnout was 37.5 percent, the highest for a farmers' march since 2011.")  # fmt: skip
    fact = fact_with(tmp_path, "highest")
    assert fact.status is FactStatus.CORROBORATED


def test_a_towns_far_smaller_count_is_not_the_whole(tmp_path: Path) -> None:
    _two(tmp_path, "About 12,000 farmers bought permits from the closed wells, the Lisk water board said.",
         "About 900 farmers in Orrel bought permits from the closed well, the Orrel farm office said.")  # fmt: skip
    fact = fact_with(tmp_path, "12,000 farmers")
    assert not any("900 farmers" in s.text for s in fact.support)


def test_a_board_that_says_it_acted_is_the_actor() -> None:
    text = "The Lisk water board said it had offered a 4 percent tax cut."
    (claim, *_) = analyze_article(text_article(text, "Quarry Times"), AnalyzeParams()).claims
    assert "board" in stated_text(claim).lower()
    assert not credit_words(claim)
