"""A birthplace and a place that describes a person are no place of the act told."""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind
from corrobora.reconcile.conflicts import entity_conflict, entity_role

from .reconcile.conftest import make_claim
from .stories import fact_with, write_article


def _entity_conflicts(folder: Path, words: str) -> list[str]:
    fact = fact_with(folder, words)
    return [c.detail for c in fact.conflicts if c.kind is ConflictKind.ENTITY]


def test_a_birthplace_is_no_rival_of_the_place_of_death() -> None:
    kinds = {"united states": "place", "brooklyn": "place", "rochester": "place"}
    died = make_claim(
        "a", "Festa died on Monday at the U. S. medical center in Rochester.", 0,
        entities=("united states", "rochester"), predicate="die",
    )  # fmt: skip
    born = make_claim(
        "b", "Born May 3, 1948, in Brooklyn; died on Monday at the medical center in "
        "Rochester.", 0, entities=("brooklyn", "rochester"), predicate="die",
    )  # fmt: skip
    in_town = make_claim(
        "c", "Festa died on Monday at the medical center in Brooklyn.", 0,
        entities=("brooklyn",), predicate="die",
    )  # fmt: skip
    assert entity_conflict(died, born, kinds, {}) is None
    assert entity_conflict(died, in_town, kinds, {}) is not None


def test_a_place_modifying_a_person_is_no_place_of_the_act(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Valley Ledger", "2027-06-01T09:00:00Z",
        "Lyle Brandt, a Montana rancher, died Sunday in Helena. He was 80.\n\n"
        "In 1961 he shot and killed his brother in a deer-hunting accident in Mexico.",
        title="Rancher Lyle Brandt dies at 80",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Coast Herald", "2027-06-01T12:00:00Z",
        "Lyle Brandt, a Montana rancher, died Sunday in Helena at 80.\n\nHis brother, "
        "whom Lyle Brandt shot and killed in a Mexican deer-hunting accident in 1961, "
        "was a cousin of Amos Kerr, the Nevada cattle tycoon.",
        title="Lyle Brandt, rancher, dead at 80",
    )  # fmt: skip
    assert _entity_conflicts(tmp_path, "accident in Mexico") == []


def test_roles_of_birthplaces_and_person_modifiers() -> None:
    assert entity_role("He was born in 1931 in Brooklyn and died in Rochester.", "brooklyn") == (
        "birth"
    )
    assert entity_role("the Nevada oil tycoon died in Reno", "nevada") == "describes"
    assert entity_role("a Biloxi oilman died", "biloxi") == "describes"
    assert entity_role("the talks in Vienna ended", "vienna") == "venue"
    assert entity_role("he died in Texas where the man lived", "texas") == "venue"
    assert entity_role("Amos Kerr, the Nevada cattle baron, said", "nevada") == "describes"
