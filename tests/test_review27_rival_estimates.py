"""Rival sources' counts of one crowd are one fact whose figures conflict."""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind, ConflictNature, FactStatus

from .stories import fact_with, story_facts, write_article


def _march(folder: Path, first: str, second: str) -> None:
    write_article(folder, "a.txt", "Lakeside Wire", "2026-09-08T17:00:00+02:00",
                  "Thousands of nurses marched through Orvik on Tuesday against the wage freeze. "
                  + first)  # fmt: skip
    write_article(folder, "b.txt", "Orvik Evening Post", "2026-09-09T09:00:00+02:00", second)


def test_rival_counts_of_one_march_conflict(tmp_path: Path) -> None:
    _march(
        tmp_path,
        "Police estimated the crowd at 31,000.",
        "The nurses' union said 85,000 people marched in Orvik on Tuesday against the wage freeze.",
    )
    fact = fact_with(tmp_path, "estimated the crowd at 31,000")
    assert any("85,000" in s.text for s in fact.support)
    assert fact.status is FactStatus.CONFLICTING
    (number,) = [c for c in fact.conflicts if c.kind is ConflictKind.NUMBER]
    assert "31,000" in number.detail and "85,000" in number.detail


def test_a_crowd_of_another_town_stays_apart(tmp_path: Path) -> None:
    _march(
        tmp_path,
        "Police estimated the crowd at 31,000.",
        "Thousands of nurses marched through Orvik on Tuesday against the wage freeze. In the "
        "northern town of Hessel, about 2,000 people marched to the hospital, local organisers "
        "said.",
    )
    fact = fact_with(tmp_path, "estimated the crowd at 31,000")
    assert not any("2,000" in s.text for s in fact.support)
    assert not [c for f in story_facts(tmp_path) for c in f.conflicts]


def test_a_withdrawn_count_is_not_corrected_to_a_rival_count(tmp_path: Path) -> None:
    write_article(tmp_path, "a.txt", "Radio Orvik", "2026-09-08T17:00:00+02:00",
                  "Thousands of nurses marched through Orvik on Tuesday against the wage freeze. "
                  "Police estimated the crowd at 21,000.")  # fmt: skip
    write_article(tmp_path, "b.txt", "Radio Orvik", "2026-09-09T09:00:00+02:00",
                  "Correction: In a report on Tuesday, Radio Orvik said police had estimated the "
                  "crowd in Orvik at 21,000. The police estimate was 31,000.")  # fmt: skip
    write_article(tmp_path, "c.txt", "Orvik Evening Post", "2026-09-09T10:00:00+02:00",
                  "Thousands of nurses marched through Orvik on Tuesday against the wage freeze. "
                  "The nurses' union said 85,000 people took part.")  # fmt: skip
    fact = fact_with(tmp_path, "estimated the crowd at 21,000")
    assert [(c.nature, c.detail) for c in fact.conflicts] == [
        (ConflictNature.DISAGREEMENT, "21,000 people vs 85,000 people")
    ]
