"""A clause of a word-for-word copy too short to shingle is still a copy.

"halted trains", a clause of "shut schools, halted trains and closed the port", holds
fewer words than a word triple: the copy carries it because its original writes those
words in a row, not as a report of its own.
"""

from __future__ import annotations

from pathlib import Path

from .stories import fact_with, write_article

_BODY = (
    "Thousands of people marched through Port Arro on Monday as a general strike over "
    "wages shut schools, halted trains and closed the docks.\n\n"
    "Police said 12 people were arrested."
)


def test_a_two_word_clause_of_a_copy_counts_once(tmp_path: Path) -> None:
    write_article(tmp_path, "a.txt", "Harbour Post", "2026-05-04T10:00:00", _BODY)
    write_article(tmp_path, "b.txt", "Coastal Times", "2026-05-04T11:00:00", _BODY)
    fact = fact_with(tmp_path, "halted trains")
    assert fact.independent_support == 1
    assert sum(s.is_copy for s in fact.support) == 1
