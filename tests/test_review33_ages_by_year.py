"""Ages told of two years are weighed with the years between them.

"In 2011, at the age of 70, Quillet told ..." and "Quillet, 71, told ... in 2012" give
one woman's age in two years, a year apart as the ages are: no misreport of one age.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind
from corrobora.reconcile.ages import age_year

from .reconcile.conftest import make_claim
from .stories import story_facts, write_article


def _interviews(tmp_path: Path, first: str, second: str) -> list[str]:
    lead = "Mara Quillet, the former harbour chief, has died at 79. "
    write_article(tmp_path, "a.txt", "Valley Post", "2026-05-02", lead + first)
    write_article(tmp_path, "b.txt", "Coast Daily", "2026-05-02", lead + second)
    return [
        c.detail
        for f in story_facts(tmp_path)
        for c in f.conflicts
        if c.kind is ConflictKind.NUMBER
    ]


def test_ages_of_two_years_a_year_apart_agree(tmp_path: Path) -> None:
    details = _interviews(
        tmp_path,
        'In 2011, at the age of 70, Quillet told the Velm Review, "I kept the keys."',
        '"I never regretted it," Quillet, 71, told Radio Velm in 2012, her first interview.',
    )
    assert not any("years old" in d for d in details)


def test_ages_of_two_years_too_far_apart_still_conflict(tmp_path: Path) -> None:
    details = _interviews(
        tmp_path,
        'In 2011, at the age of 70, Quillet told the Velm Review, "I kept the keys."',
        '"I never regretted it," Quillet, 73, told Radio Velm in 2012, her first interview.',
    )
    assert any("years old" in d for d in details)


def test_a_year_in_a_relative_clause_dates_no_age() -> None:
    claim = make_claim("a", "Quillet, who retired in 2005, has died at 79.", 0)
    assert age_year(claim) is None
    assert age_year(make_claim("a", "In 2011, at the age of 70, Quillet spoke.", 0)) == 2011
