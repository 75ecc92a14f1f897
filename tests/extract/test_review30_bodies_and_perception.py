"""A body's statement or spokesperson is the body; seeing something is no report.

"A statement from Tescorne said" and "a spokesman for Tescorne said" credit
Tescorne, keyed as the name is elsewhere, even where the recognizer missed the
name; "Kessel police" is the force "Kessel Police", and a later bare "police" that
force again. "A guard noticed smoke" and "the crash, which saw ten crews tackle the
fire" credit no one.
"""

from __future__ import annotations

from corrobora.model import Attribution, SourceKind
from tests.stories import attributions

_OUTLET = "Morning Courier"


def _found(body: str) -> tuple[Attribution, ...]:
    return attributions(f"Store fire\n\n{body}\n", _OUTLET)


def test_a_statement_from_a_company_is_keyed_as_the_company() -> None:
    (credit,) = _found('A statement from Tescorne said: "Damage to the building is extensive."')
    assert credit.source_key == "tescorne"


def test_a_spokesman_for_a_named_company_speaks_for_it() -> None:
    (credit,) = _found('A spokesman for Tescorne said: "Luckily no-one has been hurt."')
    assert (credit.source_key, credit.kind) == ("tescorne", SourceKind.ORGANIZATION)


def test_a_place_and_lower_case_police_are_the_force() -> None:
    found = _found(
        "Kessel Police said the blaze was suspicious. "
        "A statement from Kessel police said residents were evacuated. "
        "Kessel police said the road was closed."
    )
    assert [a.source_key for a in found] == ["kessel police"] * 3


def test_bare_police_after_a_named_force_is_that_force() -> None:
    found = _found(
        "A statement from Kessel police said the blaze was suspicious. "
        "Police claim that local residents have been evacuated."
    )
    assert [a.source_key for a in found] == ["kessel police", "kessel police"]


def test_noticing_smoke_is_no_report() -> None:
    assert not _found("The alarm was raised after a security guard noticed smoke on the roof.")
    assert not _found("The call came from a guard who saw smoke coming from the roof.")


def test_an_event_that_saw_acts_is_no_source() -> None:
    assert not _found(
        "No-one was hurt in the crash, which saw more than ten crews tackle the fire."
    )


def test_noticing_a_stated_clause_stays_a_report() -> None:
    (credit,) = _found("A Brannock spokesman noticed that the doors had been forced.")
    assert credit.cue == "notice"
