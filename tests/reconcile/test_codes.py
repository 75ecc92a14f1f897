"""Two codes of one series given for one thing are an entity conflict."""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind
from corrobora.reconcile.codes import code_conflict

from ..stories import fact_with, write_article
from .conftest import make_claim


def test_two_aircraft_types_of_one_flight_conflict() -> None:
    first = make_claim("a", "A Tarn Air Veyra V-220 operating flight TA418 landed safely.", 0)
    second = make_claim("b", "A Tarn Air Veyra V-240 operating flight TA418 landed safely.", 0)
    conflict = code_conflict(first, second)
    assert conflict is not None
    assert conflict.kind is ConflictKind.ENTITY and conflict.detail == "V-220 vs V-240"


def test_codes_of_other_series_or_both_written_are_no_conflict() -> None:
    flight = make_claim("a", "Flight TA418 landed at Orlen.", 0)
    aircraft = make_claim("b", "The V-240 landed at Orlen.", 0)
    both = make_claim("c", "The V-220 and the V-240 landed at Orlen.", 0)
    one = make_claim("d", "The V-220 landed at Orlen.", 0)
    assert code_conflict(flight, aircraft) is None  # TA vs V: no one series
    assert code_conflict(both, one) is None  # the list names both


def test_a_story_giving_two_aircraft_types_has_an_entity_conflict(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Tarn Ledger", "2027-06-09T19:40:00Z",
        "A Tarn Air Veyra V-220 operating flight TA418 from Orlen diverted to Valby Airport "
        "on Tuesday after the crew shut down the left engine.",
        title="Tarn Air jet diverts to Valby",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Valby Radio", "2027-06-09T21:00:00Z",
        "The pilots of a Tarn Air Veyra V-240 operating flight TA418 from Orlen shut down "
        "its left engine in the climb and diverted to Valby Airport on Tuesday, the airline "
        "said. Passengers were taken to the terminal by bus.",
        title="Tarn Air flight diverts after engine shutdown",
    )  # fmt: skip
    fact = fact_with(tmp_path, "operating flight TA418")
    assert len({s.article_id for s in fact.support}) == 2
    assert [c.detail for c in fact.conflicts if c.kind is ConflictKind.ENTITY] == ["V-220 vs V-240"]
