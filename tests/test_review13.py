"""Floods and recalls (review 13): "the car maker" is the company it names.

An advisory evacuation is no mandatory one, nor "advised to leave" "ordered to leave";
a name the recognizer missed in one sentence is still named there; flooded homes and
"the recall now covers" are running counts; the first death after "No one was killed"
is an update.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind, ConflictNature, FactStatus
from corrobora.reconcile.conflicts import entity_conflict, negation_conflict

from .reconcile.conftest import make_claim
from .stories import fact_with, write_article

OPENING_A = (
    "The River Skell burst its banks in the Tarrow Valley, flooding the town of Brindlemoor."
)
OPENING_B = (
    "Floodwater from the River Skell covered the streets of Brindlemoor in the Tarrow Valley."
)


def test_advisory_and_mandatory_orders_are_opposites() -> None:
    mandatory = make_claim("a", "Authorities issued a mandatory evacuation order.", 0)
    advisory = make_claim("b", "Authorities issued an advisory evacuation order.", 0)
    assert negation_conflict(mandatory, advisory) is not None
    ordered = make_claim("a", "Residents were ordered to leave their homes.", 0)
    advised = make_claim("b", "Residents were advised to leave their homes.", 0)
    conflict = negation_conflict(ordered, advised)
    assert conflict is not None and "'advised'" in conflict.detail


def test_a_name_the_other_sentence_spells_is_no_rival() -> None:
    a = make_claim("a", OPENING_A, 0, entities=("brindlemoor",))
    b = make_claim("b", OPENING_B, 0, entities=("river skell",))
    kinds = {"brindlemoor": "organization", "river skell": "organization"}
    assert entity_conflict(a, b, kinds, {"a": {"brindlemoor"}, "b": {"river skell"}}) is None


def _flood(folder: Path, first: str, second: str) -> None:
    write_article(
        folder, "a.txt", "Valdmark Herald", "2026-11-15T08:00:00+01:00",
        f"{OPENING_A}\n\n{first}\n\nRegional authorities opened shelters in Brindlemoor "
        "for families forced from their homes by the River Skell.",
        title="River Skell floods Brindlemoor",
    )  # fmt: skip
    write_article(
        folder, "b.txt", "Ashby Gazette", "2026-11-16T10:00:00+01:00",
        f"{OPENING_B}\n\n{second}\n\nFamilies forced from their homes by the River Skell "
        "were sheltering in Brindlemoor, regional authorities said.",
        title="River Skell floods Brindlemoor",
    )  # fmt: skip


def test_flooded_homes_are_a_running_count(tmp_path: Path) -> None:
    _flood(
        tmp_path,
        "Some 120 homes were flooded, the emergency service said.",
        "More than 400 homes were flooded, the emergency service said.",
    )
    fact = fact_with(tmp_path, "400 homes")
    (number,) = [c for c in fact.conflicts if c.kind is ConflictKind.NUMBER]
    assert number.nature is ConflictNature.UPDATE


def test_the_first_death_after_none_is_an_update(tmp_path: Path) -> None:
    _flood(
        tmp_path,
        "No one was killed in the floods, the emergency service said.",
        "One man was killed in the floods, the emergency service said.",
    )
    fact = fact_with(tmp_path, "One man was killed")
    (negation,) = [c for c in fact.conflicts if c.kind is ConflictKind.NEGATION]
    assert negation.nature is ConflictNature.UPDATE
    assert fact.status is not FactStatus.CONFLICTING


def test_a_recall_that_now_covers_more_is_an_update(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Harbor Ledger", "2026-10-01T09:00:00+00:00",
        "Veltrona Motors is recalling 80,000 cars over faulty brakes, the company said.\n\n"
        "Owners will be contacted by letter.",
        title="Veltrona recalls cars over faulty brakes",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Coast Wire", "2026-10-04T09:00:00+00:00",
        "The Veltrona Motors recall over faulty brakes now covers 95,000 cars, the company "
        "said.\n\nDealers will replace the brake lines free of charge.",
        title="Veltrona widens recall over faulty brakes",
    )  # fmt: skip
    fact = fact_with(tmp_path, "80,000 cars")
    (number,) = [c for c in fact.conflicts if c.kind is ConflictKind.NUMBER]
    assert number.nature is ConflictNature.UPDATE


def test_the_car_maker_is_the_company_it_names(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Harbor Ledger", "2026-04-13T09:30:00+02:00",
        "Veltrona Motors is recalling Aster compact cars over faulty brakes, the car maker "
        "said on Monday.\n\nThe company said no injuries had been reported.",
        title="Veltrona recalls Aster cars over faulty brakes",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Tessaly Wire", "2026-04-13T11:05:00+02:00",
        "Veltrona Motors announced a recall of Aster compact cars over faulty brakes.\n\n"
        "No injuries have been reported, Veltrona Motors said.",
        title="Veltrona recalls Aster cars over faulty brakes",
    )  # fmt: skip
    fact = fact_with(tmp_path, "the car maker said")
    assert fact.origins == ("veltrona motors",)
    assert "unnamed" not in fact.confidence_reason
