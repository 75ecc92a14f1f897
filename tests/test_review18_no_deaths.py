"""A toll of none ("no deaths", "no one was killed") is a count of the dead: zero."""

from __future__ import annotations

from pathlib import Path

from corrobora.extract.nlp import parse
from corrobora.extract.quantities import find_quantities
from corrobora.model import ConflictNature
from corrobora.settings import AnalyzeParams

from .stories import fact_with, text_article, write_article


def _dead(text: str) -> list[float]:
    doc = parse(text, AnalyzeParams().model)
    article = text_article(text, "Harrow Radio")
    return [q.value for q in find_quantities(doc, article) if q.unit == "dead"]


def test_none_dead_is_a_toll_of_zero() -> None:
    assert _dead("No deaths have been reported, the ministry said.") == [0.0]
    assert _dead("No one was killed in the blast.") == [0.0]
    assert _dead("Nobody died.") == [0.0]


def test_no_one_injured_and_a_denied_death_are_no_toll_of_zero() -> None:
    assert _dead("No one was injured in the blast.") == []
    assert _dead("It is not true that no one was not killed.") == []


def test_a_later_report_of_no_deaths_corrects_a_death(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Harrow Radio", "2026-08-12T10:00:00Z",
        "The Tarrin Hills wildfire destroyed 40 homes on Tuesday. One person has died, "
        "police said.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Valley Post", "2026-08-13T10:00:00Z",
        "The Tarrin Hills wildfire has destroyed 40 homes. No deaths have been caused by the "
        "fire, police said on Wednesday.",
    )  # fmt: skip
    fact = fact_with(tmp_path, "One person has died")
    assert [(c.nature, c.detail) for c in fact.conflicts] == [
        (ConflictNature.CORRECTION, "1 dead, later 0 dead")
    ]
