"""A hedge and a firm statement grouped as one fact are weighed whatever their verbs."""

from __future__ import annotations

from pathlib import Path

from corrobora import api
from corrobora.model import Conflict, ConflictKind, ConflictNature, Modality
from corrobora.reconcile.conflicts import fact_conflicts, modality_conflict
from corrobora.settings import Settings

from .reconcile.conftest import make_claim
from .stories import write_article

_OPENING = "Kestrel Labs is recalling its allergy drug Donavil."


def _one_fact(folder: Path, first: str, second: str, words: str) -> tuple[Conflict, ...]:
    """The conflicts of the two articles' claims holding ``words``, taken as one fact."""
    write_article(folder, "a.txt", "Harbour Ledger", "2026-04-14T11:00:00Z", f"{_OPENING} {first}")
    write_article(
        folder, "b.txt", "Morning Standard", "2026-04-15T07:30:00Z", f"{_OPENING} {second}"
    )
    analyses, _ = api.analyze_files(sorted(folder.glob("*.txt")), Settings())
    published = {a.article.id: a.article.published for a in analyses}
    claims = [c for a in analyses for c in a.claims if words in c.text]
    assert len(claims) == 2
    return fact_conflicts(claims, {}, {}, published)


def test_a_hedge_confirmed_in_another_verb_is_a_modality_update(tmp_path: Path) -> None:
    found = _one_fact(
        tmp_path,
        "Chief executive Mira Okafor said the recall may be extended to the 40 mg tablets.",
        "The medicines agency confirmed that the recall now includes the 40 mg tablets.",
        "40 mg tablets",
    )
    assert [(c.kind, c.nature, c.detail) for c in found] == [
        (ConflictKind.MODALITY, ConflictNature.UPDATE, "possible, later asserted")
    ]


def test_a_belief_and_a_finding_of_one_origin_differ_in_modality(tmp_path: Path) -> None:
    found = _one_fact(
        tmp_path,
        "A person familiar with the inquiry said the impurity is believed to have come from "
        "a solvent made by a supplier in Tarnholm.",
        "The agency said the impurity had been traced to a solvent from a supplier in Tarnholm.",
        "Tarnholm",
    )
    assert [c.kind for c in found] == [ConflictKind.MODALITY]


def test_a_denial_against_a_hedge_of_another_act_is_no_modality_conflict() -> None:
    denied = make_claim("a", "Minister Rendt will not withdraw the fuel tax levy.", 0,
                        negated=True, predicate="withdraw")  # fmt: skip
    hedged = make_claim("b", "Minister Rendt might review the fuel tax levy.", 0,
                        modality=Modality.POSSIBLE, predicate="review")  # fmt: skip
    assert modality_conflict(denied, hedged, one_fact=True) is None


def test_opposite_acts_on_one_thing_are_no_modality_conflict() -> None:
    soft = make_claim("a", "The supplement may lower blood pressure in adults.", 0,
                      modality=Modality.POSSIBLE, predicate="lower")  # fmt: skip
    sure = make_claim("b", "The supplement raises blood pressure in adults.", 0, predicate="raise")
    assert modality_conflict(soft, sure, one_fact=True) is None
    other = make_claim("c", "The supplement cuts blood pressure in adults.", 0, predicate="cut")
    assert modality_conflict(soft, other, one_fact=True) is not None
