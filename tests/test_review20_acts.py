"""Two different acts of one named subject are two facts (review 20)."""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind
from corrobora.reconcile.acts import different_acts_of_one_subject

from .reconcile.conftest import make_claim
from .stories import fact_with, write_article

_TITLE = "Regulator acts over Norrvik Rail data breach"


def test_a_fine_is_no_support_for_an_investigation(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Ardel Herald", "2027-11-09T09:00:00Z",
        "The Ardel Privacy Commission is investigating the breach in the Norrvik Rail "
        "ticketing system.", title=_TITLE,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Kessing Radio", "2027-11-09T12:00:00Z",
        "The Ardel Privacy Commission has fined Norrvik Rail over the breach in its "
        "ticketing system.", title=_TITLE,
    )  # fmt: skip
    fact = fact_with(tmp_path, "has fined")
    assert len({s.article_id for s in fact.support}) == 1


def test_one_subjects_acts_of_one_class_or_named_alike_are_one() -> None:
    keys = ("ardel privacy commission",)
    fined = make_claim(
        "a", "The Ardel Privacy Commission fined Norrvik Rail.", 0, entities=keys,
        predicate="fine",
    )  # fmt: skip
    probing = make_claim(
        "b", "The Ardel Privacy Commission is investigating Norrvik Rail.", 0,
        entities=keys, predicate="investigate",
    )  # fmt: skip
    started = make_claim(
        "c", "The Ardel Privacy Commission started the inquiry.", 0, entities=keys,
        predicate="start",
    )  # fmt: skip
    began = make_claim(
        "d", "The Ardel Privacy Commission began the inquiry.", 0, entities=keys,
        predicate="begin",
    )  # fmt: skip
    assert different_acts_of_one_subject(fined, probing)
    assert not different_acts_of_one_subject(started, began)


def test_one_count_of_two_hospitals_is_an_entity_conflict(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Ardel Herald", "2027-05-04T09:00:00Z",
        "Nurses at public hospitals across Ardel went on strike on Tuesday over pay.\n\n"
        "At Holm General Hospital alone, 90 operations were postponed, a hospital spokesman "
        "said.", title="Nurses strike across Ardel",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Kessing Radio", "2027-05-04T12:00:00Z",
        "Nurses at public hospitals across Ardel went on strike on Tuesday over pay.\n\n"
        "At Tarnby General Hospital, 90 operations were postponed and two wards were "
        "merged, hospital managers said.", title="Nurses strike across Ardel",
    )  # fmt: skip
    fact = fact_with(tmp_path, "Holm General Hospital")
    assert [c.kind for c in fact.conflicts] == [ConflictKind.ENTITY]
