"""A denial weighed against an act stated in a second verb (review 20)."""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind

from .stories import story_facts, write_article

_TITLE = "Norrvik Rail says no card numbers taken in breach"


def test_a_denied_act_stated_in_a_coordinated_verb_is_a_negation_conflict(
    tmp_path: Path,
) -> None:
    write_article(
        tmp_path, "a.txt", "Ardel Herald", "2027-11-09T08:00:00Z",
        '"No payment card numbers were taken," Norrvik Rail said.', title=_TITLE,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Kessing Radio", "2027-11-09T12:00:00Z",
        "An engineer at Norrvik Rail said payment card numbers were stored in the same "
        "database and were taken.", title=_TITLE,
    )  # fmt: skip
    kinds = [c.kind for f in story_facts(tmp_path) for c in f.conflicts]
    assert ConflictKind.NEGATION in kinds
