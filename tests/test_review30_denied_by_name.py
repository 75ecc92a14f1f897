"""A denial names its subject by a given name or a surname alone, and still denies.

"Ilka never checked into Brookfield" (a friend's words) and "Sorne had checked into
Brookfield Recovery Center on Monday" tell of one person where the story names one Ilka Sorne:
one statement and its denial, one fact in conflict. A first name two people share
names neither.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind

from .stories import fact_with, write_article


def _reports(tmp_path: Path, denial: str, other_people: str = "") -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Valley Courier",
        "2026-05-02T09:00:00",
        "Singer Ilka Sorne has checked into the Linden Clinic in Marrow Bay, her agent said. "
        + other_people
        + f'"{denial} but is now at the Linden Clinic," the friend told us.',
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coast Herald",
        "2026-05-02T11:00:00",
        "Ilka Sorne has checked into the Linden Clinic in Marrow Bay. Sorne had checked "
        "into Brookfield Recovery Center on Monday morning, but then left, her brother said.",
    )


def test_a_given_name_denies_what_the_surname_states(tmp_path: Path) -> None:
    _reports(tmp_path, "Ilka never checked into Brookfield")
    fact = fact_with(tmp_path, "Sorne had checked into Brookfield")
    assert any("Ilka never checked into" in s.text for s in fact.support)
    assert ConflictKind.NEGATION in {c.kind for c in fact.conflicts}


def test_a_given_name_of_two_people_names_neither(tmp_path: Path) -> None:
    _reports(
        tmp_path,
        "Ilka never checked into Brookfield",
        "Ilka Dorn, her manager, visited her there. ",
    )
    fact = fact_with(tmp_path, "Sorne had checked into Brookfield")
    assert not any("Ilka never checked into" in s.text for s in fact.support)
