"""A later report that states firmly what an earlier one hedged settles it (review 20)."""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind, ConflictNature

from .stories import fact_with, story_facts, write_article

_TITLE = "Diesel leak reaches the River Aller"


def _story(tmp_path: Path, first: str, second: str) -> None:
    write_article(tmp_path, "a.txt", "Ardel Herald", "2027-03-10T08:00:00Z", first, title=_TITLE)
    write_article(tmp_path, "b.txt", "Kessing Radio", "2027-03-11T09:00:00Z", second, title=_TITLE)


def test_a_hedge_confirmed_a_day_later_is_a_modality_update(tmp_path: Path) -> None:
    _story(
        tmp_path,
        "Agency spokeswoman Lena Brisk said the tests may show diesel in the River Aller.",
        '"Our tests confirmed traces of diesel in the River Aller," agency spokeswoman '
        "Lena Brisk said.",
    )
    fact = fact_with(tmp_path, "confirmed traces")
    assert [(c.kind, c.nature, c.detail) for c in fact.conflicts] == [
        (ConflictKind.MODALITY, ConflictNature.UPDATE, "possible, later asserted")
    ]


def test_a_hedge_after_a_firm_report_stays_a_difference(tmp_path: Path) -> None:
    _story(
        tmp_path,
        '"Our tests confirmed traces of diesel in the River Aller," agency spokeswoman '
        "Lena Brisk said.",
        "Agency spokeswoman Lena Brisk said the tests may show diesel in the River Aller.",
    )
    fact = fact_with(tmp_path, "confirmed traces")
    assert [(c.kind, c.nature) for c in fact.conflicts] == [
        (ConflictKind.MODALITY, ConflictNature.DISAGREEMENT)
    ]


def test_a_later_wording_that_leaves_it_open_settles_nothing(tmp_path: Path) -> None:
    _story(
        tmp_path,
        "Union leader Ada Holm said further walkouts may follow in May.",
        "Union leader Ada Holm said the union would announce on Friday whether further "
        "walkouts follow in May.",
    )
    conflicts = [
        c for f in story_facts(tmp_path) for c in f.conflicts if c.kind is ConflictKind.MODALITY
    ]
    assert all(c.nature is not ConflictNature.UPDATE for c in conflicts)
