"""A bare surname the recognizer took for an organization is the story's person (review 11).

"Vell will call a second vote" beside "Prime Minister Anton Vell" elsewhere: "Vell" is
no organization rival to "the Water Services Bill", so no entity conflict.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind
from corrobora.reconcile import _surnames_as_people

from .stories import fact_with, write_article


def test_a_surname_of_the_one_person_is_a_person() -> None:
    kinds = {"anton vell": "person", "vell": "organization", "water services": "organization"}
    assert _surnames_as_people(kinds)["vell"] == "person"
    two = {"anton vell": "person", "mira vell": "person", "vell": "organization"}
    assert _surnames_as_people(two)["vell"] == "organization"


def test_a_mislabelled_surname_is_no_entity_conflict(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Capital Sentinel", "2026-06-03T06:00:00+00:00",
        "Prime Minister Anton Vell will call a second vote on the funding clauses of the "
        "Water Services Bill next month, the Sentinel has learned.\n\nThe bill passed its "
        "final reading in the Assembly of Ostrel by 312 votes to 298 on Tuesday.",
        title="Vell to call second vote on Water Services Bill",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Ostrel Broadcasting Service", "2026-06-03T12:00:00+00:00",
        "The Water Services Bill passed its final reading in the Assembly of Ostrel on "
        "Tuesday by 312 votes to 298.\n\nVell will call a second vote on the bill's funding "
        "clauses next month, according to the Capital Sentinel.",
        title="Vell to call second vote on Water Services Bill",
    )  # fmt: skip
    fact = fact_with(tmp_path, "second vote")
    assert not [c for c in fact.conflicts if c.kind is ConflictKind.ENTITY]
