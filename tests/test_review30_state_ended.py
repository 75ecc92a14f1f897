"""Being in a process and having pulled out of it are one fact, in conflict.

"Marta Quill remains in negotiations to coach the national side" and "Marta Quill has
pulled out of negotiations to coach the national side" tell one subject's one state
and its end. The conflict rule weighs them as opposites; the grouping must put them in
one fact for it to be seen, not keep them apart as two acts.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind

from .stories import fact_with, write_article


def _reports(tmp_path: Path, second: str) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Sports Desk",
        "2026-04-04T09:00:00",
        "The football federation of Ostria is looking for a new national coach. "
        "Marta Quill remains in negotiations to coach the national side.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Pitchside Daily",
        "2026-04-07T09:00:00",
        "Ostria's football federation is still looking for a new national coach. " + second,
    )


def test_a_state_and_its_end_are_one_fact_in_conflict(tmp_path: Path) -> None:
    _reports(
        tmp_path,
        "Coach Marta Quill has reportedly pulled out of negotiations to lead the national side.",
    )
    fact = fact_with(tmp_path, "remains in negotiations")
    assert any("pulled out of negotiations" in s.text for s in fact.support)
    assert ConflictKind.NEGATION in {c.kind for c in fact.conflicts}


def test_leaving_another_thing_is_no_end_of_the_state(tmp_path: Path) -> None:
    _reports(
        tmp_path,
        "Coach Marta Quill has reportedly pulled out of the charity match in Lisbon.",
    )
    fact = fact_with(tmp_path, "remains in negotiations")
    assert not any("charity match" in s.text for s in fact.support)
