"""A denial of a named part of a thing is no denial of the whole.

"Calls from Varnia to Osk and Tella are not affected" and "as much as 60% of calls
between the islands have been affected" narrow their subjects apart: two facts, no
negation conflict. A denial of the same thing stays one fact in conflict.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind

from .stories import fact_with, write_article


def _reports(folder: Path, denial: str) -> None:
    write_article(
        folder,
        "a.txt",
        "Quay Ledger",
        "2026-07-18T10:00:00",
        "Phone lines across the Seld islands failed on Friday after a storm. As much as 60% "
        "of calls between the islands have been affected by the outage.",
    )
    write_article(
        folder,
        "b.txt",
        "Isle Courier",
        "2026-07-18T12:00:00",
        f"Phone lines across the Seld islands failed Friday after a storm, Selnet said. {denial}",
    )


def test_a_denial_narrowed_to_named_places_is_another_fact(tmp_path: Path) -> None:
    _reports(tmp_path, "Calls from Varnia to Osk and Tella are not affected, it said.")
    fact = fact_with(tmp_path, "are not affected")
    assert not any("60%" in s.text for s in fact.support)
    assert ConflictKind.NEGATION not in {c.kind for c in fact.conflicts}


def test_a_denial_of_the_same_calls_stays_in_conflict(tmp_path: Path) -> None:
    _reports(tmp_path, "Calls between the islands have not been affected, it said.")
    fact = fact_with(tmp_path, "have not been affected")
    assert any("60%" in s.text for s in fact.support)
