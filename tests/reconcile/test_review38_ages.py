"""An age told after a verb of being belongs to that verb's subject."""

from __future__ import annotations

from pathlib import Path

from corrobora import api
from corrobora.model import Claim
from corrobora.reconcile.conflicts import number_conflict
from corrobora.settings import ReconcileParams, Settings

from ..stories import write_article


def _aged_claims(folder: Path, name: str, body: str) -> list[Claim]:
    write_article(folder, name, "Fen Courier", "2026-03-14T09:00:00", body)
    settings = Settings(reconcile=ReconcileParams(embeddings="none"))
    analyses, _ = api.analyze_files([folder / name], settings)
    return [c for a in analyses for c in a.claims if c.quantities]


def _aged_claim(folder: Path, name: str, body: str) -> Claim:
    (claim,) = _aged_claims(folder, name, body)
    return claim


def test_a_buildings_age_is_not_weighed_against_its_congregations(tmp_path: Path) -> None:
    congregation = _aged_claim(
        tmp_path, "a.txt", "The 30-year-old congregation in Marlow moved into its new hall."
    )
    buildings = _aged_claims(
        tmp_path,
        "b.txt",
        "Ivo Lark said the hall is about 30 years old and the hall building itself is"
        " about 2 years old.",
    )
    assert buildings
    assert all(number_conflict(congregation, building) is None for building in buildings)


def test_two_ages_of_one_subject_still_conflict(tmp_path: Path) -> None:
    first = _aged_claim(tmp_path, "a.txt", "The Marlow hall is about 30 years old.")
    second = _aged_claim(tmp_path, "b.txt", "The Marlow hall is about 45 years old.")
    conflict = number_conflict(first, second)
    assert conflict is not None and "45" in conflict.detail


def test_a_modifier_age_and_a_predicate_age_of_one_noun_conflict(tmp_path: Path) -> None:
    modifier = _aged_claim(tmp_path, "a.txt", "Fire gutted the 45-year-old hall in Marlow.")
    predicate = _aged_claim(tmp_path, "b.txt", "The hall in Marlow was 30 years old.")
    conflict = number_conflict(modifier, predicate)
    assert conflict is not None and "30" in conflict.detail


def test_a_pronoun_subject_names_no_holder(tmp_path: Path) -> None:
    named = _aged_claim(tmp_path, "a.txt", "The 61-year-old carpenter Oskar Bly lived in Marlow.")
    pronoun = _aged_claim(tmp_path, "b.txt", "Police said he was 64 years old.")
    conflict = number_conflict(named, pronoun)
    assert conflict is not None and "64" in conflict.detail
