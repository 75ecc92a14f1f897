"""One act dated by one report and, in a clause, by another: the days are weighed.

"Brenning was arrested on 12 March 2024" and "a scandal that began when Brenning was
arrested on 21 March 2024" date one arrest on two days, though the second sentence's
own verb is another.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind

from .stories import fact_with, write_article

_LEAD = "A court in Port Arro convicted former harbour master Olsen Varga of fraud on Monday."


def _story(tmp_path: Path, second: str) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Post",
        "2026-05-04T10:00:00",
        f"{_LEAD} Olsen Varga was arrested on 3 February 2025 after police searched the port "
        "office.",
    )
    write_article(tmp_path, "b.txt", "Coastal Times", "2026-05-04T12:00:00", f"{_LEAD} {second}")


def test_an_arrest_dated_in_a_clause_conflicts(tmp_path: Path) -> None:
    _story(
        tmp_path,
        "The ruling ends a saga that began when Olsen Varga was arrested on 9 February 2025.",
    )
    fact = fact_with(tmp_path, "arrested on 3 February 2025")
    assert any("arrested on 9 February 2025" in s.text for s in fact.support)
    assert ConflictKind.DATE in {c.kind for c in fact.conflicts}


def test_another_persons_arrest_in_a_clause_stays_apart(tmp_path: Path) -> None:
    _story(
        tmp_path,
        "The ruling ends a saga that began when his aide Mira Holt was arrested on 9 February 2025.",
    )
    fact = fact_with(tmp_path, "arrested on 3 February 2025")
    assert not any("Mira Holt" in s.text for s in fact.support)
    assert not fact.conflicts
