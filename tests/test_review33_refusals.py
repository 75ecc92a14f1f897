"""A refusal told in a side clause is the refusal another source tells in its verb.

"After refusing to name his attacker in court, Costa retired" and "Costa refused to
name his attacker in court" both say he did not name him: no negation conflict.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind

from .stories import story_facts, write_article


def test_refusing_in_a_side_clause_does_not_conflict_with_refused(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Post",
        "2026-05-03T10:00:00",
        "Crime boss Dino Marra died Monday in federal prison.\n"
        "After refusing to name his attacker in court, the shaken Costa retired, making "
        "Marra's patron, Lino Bruni, kingpin of the family.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastal Times",
        "2026-05-03T12:00:00",
        "Mob boss Dino Marra died Monday in federal prison.\n"
        "The frightened Costa refused to name his attacker in court, and left Bruni to "
        "take over the mob.",
    )
    facts = story_facts(tmp_path)
    assert not [c for f in facts for c in f.conflicts if c.kind is ConflictKind.NEGATION], [
        f.text for f in facts if f.conflicts
    ]
