"""A name that owns the subject's head is not the subject of the act.

"In 2019, Ostrand's predecessor as chair, Mira Kolb, was sentenced to three years"
tells of Kolb, not Ostrand: "Ostrand's" owns the head "predecessor", and the subject
is the name beside it. A report of Ostrand sentenced to six years is another act, not
a disagreement on the term of one sentence.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind, FactStatus

from .stories import fact_with, story_facts, write_article


def _write(folder: Path, second_sentence: str) -> None:
    """Two reports of Ostrand's sentence; the first adds ``second_sentence``."""
    write_article(
        folder,
        "a.txt",
        "Velm Courier",
        "2026-03-11T10:00:00+00:00",
        "A court in Harrow on Tuesday sentenced former club chair Lenne Ostrand to six years "
        f"in prison for fraud and tax evasion.\n\n{second_sentence}",
    )
    write_article(
        folder,
        "b.txt",
        "Harrow Daily",
        "2026-03-11T12:30:00+00:00",
        "Lenne Ostrand, the former chair of Harrow Rovers, was sentenced on Tuesday to six "
        "years in prison for fraud and tax evasion.",
    )


def test_a_predecessor_named_beside_the_owner_is_another_subject(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "In 2019, Ostrand's predecessor as chair, Mira Kolb, was sentenced to three years "
        "in prison for taking payments from a kit supplier.",
    )
    kolb = fact_with(tmp_path, "Mira Kolb")
    assert [s.text for s in kolb.support if "Kolb" not in s.text] == []
    ostrand = fact_with(tmp_path, "Lenne Ostrand, the former chair")
    assert ostrand.status is FactStatus.CORROBORATED
    assert not ostrand.conflicts


def test_the_same_subject_with_another_term_still_disagrees(tmp_path: Path) -> None:
    _write(tmp_path, "The club said it would not comment.")
    write_article(
        tmp_path,
        "c.txt",
        "Rovers Weekly",
        "2026-03-11T14:00:00+00:00",
        "Lenne Ostrand, the former chair of Harrow Rovers, was sentenced on Tuesday to five "
        "years in prison for fraud and tax evasion.",
    )
    kinds = [c.kind for f in story_facts(tmp_path) for c in f.conflicts]
    assert ConflictKind.NUMBER in kinds
