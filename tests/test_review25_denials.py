"""A statement and its denial are one fact in conflict, however else they are worded.

"A ransom of 2 million euros was paid to secure the release ..." and "The ministry
denied that a ransom had been paid" state and deny one act of one subject; a refusal
to tell ("did not say why"), or a denial by other subjects, joins nothing.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind

from .stories import fact_with, story_facts, write_article


def _write(folder: Path, first: str, second: str) -> None:
    write_article(folder, "a.txt", "Harbour Ledger", "2026-03-11T08:00:00", first)
    write_article(folder, "b.txt", "Ostmark Radio", "2026-03-11T12:00:00", second)


def test_a_denied_payment_is_one_fact_in_conflict(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "A ransom of 2 million euros was paid to free the two engineers held near Tarso,"
        " a security official told the Harbour Ledger.",
        "The Ostmark foreign ministry on Wednesday denied that a ransom had been paid"
        " for the engineers.",
    )
    fact = fact_with(tmp_path, "ransom of 2 million euros")
    assert {s.article_id for s in fact.support} == {
        s.article_id for f in story_facts(tmp_path) for s in f.support
    }
    assert ConflictKind.NEGATION in {c.kind for c in fact.conflicts}


def test_a_refusal_to_tell_is_no_denial(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "Inspector Mara Voss was suspended from the Tarso force on Monday.",
        "Investigators did not say why Inspector Mara Voss was suspended from the force.",
    )
    for fact in story_facts(tmp_path):
        assert ConflictKind.NEGATION not in {c.kind for c in fact.conflicts}


def test_a_denial_by_other_subjects_stays_apart(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "The Nordvik fund fraud trial opened at the Tarso court on Monday. Olsen pleaded"
        " guilty to fraud at the Tarso court on Monday.",
        "The Nordvik fund fraud trial opened at the Tarso court on Monday. Two other"
        " defendants, Brandt and Keller, refused to plead guilty at the Tarso court.",
    )
    for fact in story_facts(tmp_path):
        assert ConflictKind.NEGATION not in {c.kind for c in fact.conflicts}
