"""One act told in two verbs: near-synonyms, a verb of the other's class, a verb's noun.

"captured 14 smugglers" and "arrested 14 smugglers" are one act; so are "foiled a
landing and arrested 14 smugglers" and "captured 14 smugglers", and "announced his
nomination of" and "is nominating"; an arrest and a charge stay two acts.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.reconcile.acts import different_acts, different_acts_of_one_subject

from .reconcile.conftest import make_claim
from .stories import fact_with, write_article


def test_another_act_of_one_subject_stays_apart() -> None:
    captured = make_claim(
        "a",
        "The Veldan coast guard captured 14 smugglers off Port Arro.",
        0,
        entities=("veldan",),
        predicate="capture",
    )
    released = make_claim(
        "c",
        "The Veldan coast guard released 14 fishermen on Sunday.",
        0,
        entities=("veldan",),
        predicate="release",
    )
    assert different_acts_of_one_subject(captured, released)


def test_a_verb_and_its_noun_name_one_act() -> None:
    announced = make_claim(
        "a",
        "Premier Halvard Osk announced his nomination of Dr. Lina Tave as health commissioner.",
        0,
        entities=("halvard osk", "lina tave"),
        predicate="announce",
    )
    nominating = make_claim(
        "b",
        "Premier Halvard Osk is nominating Dr. Lina Tave to be health commissioner.",
        0,
        entities=("halvard osk", "lina tave"),
        predicate="nominate",
    )
    assert not different_acts(announced, nominating)


def test_an_arrest_told_as_a_capture_is_corroborated(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Post",
        "2026-05-03T10:00:00",
        "The Veldan coast guard captured 14 smugglers off Port Arro on Sunday.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastal Times",
        "2026-05-03T12:00:00",
        "The Veldan coast guard arrested 14 smugglers off Port Arro on Sunday.",
    )
    fact = fact_with(tmp_path, "captured 14 smugglers")
    assert {s.text for s in fact.support} >= {
        "The Veldan coast guard arrested 14 smugglers off Port Arro on Sunday."
    }


def test_an_act_named_among_the_other_claims_verbs_is_one_fact(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Post",
        "2026-05-03T10:00:00",
        "The Veldan coast guard captured 14 smugglers off Port Arro on Sunday.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastal Times",
        "2026-05-03T12:00:00",
        "The Veldan coast guard foiled a landing off Port Arro on Sunday and arrested 14"
        " smugglers.",
    )
    fact = fact_with(tmp_path, "captured 14 smugglers")
    assert {s.origin for s in fact.support} == {"harbour post", "coastal times"}
