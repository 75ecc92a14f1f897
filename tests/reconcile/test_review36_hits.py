"""A count of bullets that hit someone is the number of times he was hit.

"Seven bullets hit Venn" and "the officers hit Venn eleven times" give two counts of
one thing, weighed against each other; "the officers fired 11 shots" counts shots
fired, no hit.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind
from corrobora.reconcile.conflicts import number_conflict
from corrobora.reconcile.figures import claim_figures, frequency_act, owners_meet

from ..stories import fact_with, figured_claim, write_article

#: What both reports open with, so that they make one story.
_OPENING = (
    "Two officers opened fire on Dario Venn, 17, on Saturday night in Marlow Heights, "
    "the Calder County police said."
)


def _units(text: str) -> list[str]:
    return [q.unit for q in figured_claim("a", text).quantities]


def test_bullets_that_hit_someone_count_the_times_he_was_hit() -> None:
    assert _units("Seven bullets hit Dario Venn, the medical examiner said.") == ["time"]
    assert _units("Seven shots struck Venn outside the library.") == ["time"]
    assert _units("An autopsy found that Venn was hit by seven bullets.") == ["time"]


def test_the_act_of_bullets_that_hit_is_a_shooting() -> None:
    claim = figured_claim("a", "Seven bullets hit Dario Venn, the medical examiner said.")
    (quantity,) = claim.quantities
    assert frequency_act(claim, quantity) == frozenset({"shoot"})
    times = claim_figures(figured_claim("b", "The officers shot Dario Venn eleven times."))
    assert owners_meet(claim_figures(claim)[0], times[0])


def test_bullets_that_hit_conflict_with_the_times_he_was_hit() -> None:
    bullets = figured_claim("a", "Seven bullets hit Dario Venn, the medical examiner said.")
    times = figured_claim("b", "The officers hit Dario Venn eleven times in the legs.")
    conflict = number_conflict(bullets, times)
    assert conflict is not None
    assert conflict.detail == "7 time vs 11 time"


def test_a_count_of_times_after_a_surname_is_no_part_of_a_name() -> None:
    text = "Both officers fired at the suspect, hitting Gray eleven times in his torso."
    (quantity,) = figured_claim("a", text).quantities
    assert (quantity.text, quantity.value, quantity.unit) == ("eleven", 11.0, "time")


def _two_reports(folder: Path, first: str, second: str) -> None:
    for name, outlet, body in (
        ("a.txt", "Marlow Heights Courier", first),
        ("b.txt", "Calder Evening Ledger", second),
    ):
        write_article(folder, name, outlet, "2026-05-10T12:00:00+00:00", f"{_OPENING}\n\n{body}")


def test_reports_of_bullets_and_of_hits_show_a_number_conflict(tmp_path: Path) -> None:
    _two_reports(
        tmp_path,
        "Police bullets hit Dario Venn eleven times outside the Marlow Heights library "
        "on Saturday night.",
        "Seven police bullets hit Dario Venn outside the Marlow Heights library on Saturday night.",
    )
    fact = fact_with(tmp_path, "Seven police bullets")
    assert len(fact.support) == 2
    numbers = [c.detail for c in fact.conflicts if c.kind is ConflictKind.NUMBER]
    assert numbers == ["11 time vs 7 time"]


def test_shots_fired_are_no_rival_of_shots_that_hit(tmp_path: Path) -> None:
    _two_reports(
        tmp_path,
        "The officers fired 11 shots at Dario Venn outside the Marlow Heights library on "
        "Saturday night.",
        "Seven shots struck Dario Venn outside the Marlow Heights library on Saturday night.",
    )
    fact = fact_with(tmp_path, "Seven shots struck")
    assert not [c for c in fact.conflicts if c.kind is ConflictKind.NUMBER]
