"""A count of those who have done an act so far is one running count as others follow."""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind

from .stories import fact_with, write_article


def _story(folder: Path, later: str) -> None:
    write_article(
        folder,
        "a.txt",
        "Harbour Radio",
        "2026-05-13T18:30:00",
        "The Central Bank of Ostrava raised its main rate to 5.25 percent on Wednesday."
        " Two banks, Norder Bank and Kessel Savings, have raised their mortgage rates within"
        " hours of the decision.",
    )
    write_article(
        folder,
        "b.txt",
        "Ostrava Finance Daily",
        "2026-05-14T17:00:00",
        "Ostrava's central bank lifted its main rate to 5.25 percent on Wednesday. " + later,
    )


def test_more_doers_later_is_an_update(tmp_path: Path) -> None:
    _story(
        tmp_path,
        "Five commercial lenders have now raised their mortgage rates, hours after the"
        " central bank lifted its main rate to 5.25 percent on Wednesday.",
    )
    fact = fact_with(tmp_path, "Two banks")
    texts = " | ".join(s.text for s in fact.support)
    assert "Five commercial lenders" in texts, texts
    assert "raised its main rate" not in texts, texts
    numbers = [c for c in fact.conflicts if c.kind is ConflictKind.NUMBER]
    assert numbers and all(c.nature == "update" for c in numbers), fact.conflicts
