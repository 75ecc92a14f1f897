"""A denial is weighed by what it denies, not by any word of denial in the sentence.

"Denied a report that the engine had been flagged" denies that the engine was
flagged: one fact with the report, in a negation conflict, and the denier is no
origin of it. A confirmation that mentions an earlier denial in a side clause ("a day
after his office had denied it") still affirms what it confirms.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind

from .stories import fact_with, write_article


def test_a_denied_report_is_a_negation_conflict(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Valley Courier",
        "2026-05-04T08:00:00",
        "The pump that failed at the Brell water plant on Sunday had been flagged for a "
        "cracked valve during an inspection in March, a technician told the Valley Courier.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Brell Gazette",
        "2026-05-04T19:00:00",
        "Repairs at the Brell water plant began on Monday. Brell Water has denied a report "
        "in the Valley Courier that the pump had been flagged for a cracked valve.",
    )
    fact = fact_with(tmp_path, "had been flagged for a cracked valve during")
    assert any("has denied a report" in s.text for s in fact.support)
    assert ConflictKind.NEGATION in {c.kind for c in fact.conflicts}
    assert all("brell water" not in origin for origin in fact.origins)


def test_a_denial_in_a_side_clause_leaves_a_confirmation_affirmed(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Capital Wire",
        "2026-03-12T14:00:00",
        '"The director has not offered his resignation," said Mara Holt, a spokeswoman '
        "for the Harbour Authority.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Evening Standard of Velm",
        "2026-03-13T15:30:00",
        "The Harbour Authority's spokeswoman, Mara Holt, confirmed that the director had "
        "offered his resignation over the dredging contract on Thursday evening, a day "
        "after her office had denied it.",
    )
    fact = fact_with(tmp_path, "has not offered his resignation")
    assert any("confirmed that the director" in s.text for s in fact.support)
    assert ConflictKind.NEGATION in {c.kind for c in fact.conflicts}
