"""Who is credited: a closing spokeswoman after an aside, an operator by what it runs (review 15).

"..., two of them seriously, a spokeswoman for the hospital said": the aside is no
source, the hospital is; "the airport operator" is the body named by the airport,
never the airline named beside it, and "the ferry operator" is no port authority.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import SourceKind
from tests.stories import attributions, credit_of, fact_with, write_article


def test_an_aside_before_a_closing_spokeswoman_is_no_source() -> None:
    text = (
        "A Tessaro Airways jet slid off the runway at Marlow Field on Tuesday. Six people "
        "were injured, two of them seriously, a spokeswoman for Ostrand County Hospital said."
    )
    found = attributions(text, "The Marlow Post")
    assert [(a.source_key, a.kind) for a in found] == [
        ("ostrand county hospital", SourceKind.ORGANIZATION)
    ]


def test_the_airport_operator_is_the_airport_named_before() -> None:
    text = (
        "A Tessaro Airways jet slid off the runway at Ostrand Regional Airport on Tuesday. "
        "The runway will reopen on Friday, the airport operator said."
    )
    operator = credit_of(attributions(text, "The Marlow Post"), "airport operator", text)
    assert (operator.source_key, operator.kind) == (
        "ostrand regional airport",
        SourceKind.ORGANIZATION,
    )


def test_an_operator_of_another_kind_stays_a_body_of_its_own() -> None:
    text = (
        "Storms closed the Brannock Harbour Authority's quays on Monday, and Ostrand "
        "Regional Airport shut its runway.\n\n"
        "Sailings resume on Wednesday, the ferry operator said.\n\n"
        "Flights resume on Thursday, the airport operator said."
    )
    found = attributions(text, "The Marlow Post")
    ferry = credit_of(found, "ferry operator", text)
    airport = credit_of(found, "airport operator", text)
    assert (ferry.source_key, ferry.kind) == ("ferry operator", SourceKind.ORGANIZATION)
    assert airport.source_key == "ostrand regional airport"


def test_the_airport_operator_is_no_origin_of_the_airline(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "The Marlow Post",
        "2026-11-17T18:10:00+00:00",
        "A Tessaro Airways jet slid off the runway at Ostrand Regional Airport on Tuesday. "
        "The runway will reopen on Friday, the airport operator said.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Harbour Evening News",
        "2026-11-18T08:05:00+00:00",
        "A Tessaro Airways jet ran off the runway at Ostrand Regional Airport on Tuesday. "
        "The runway will reopen on Friday, Ostrand Regional Airport said.",
    )
    fact = fact_with(tmp_path, "reopen on Friday")
    assert fact.origins == ("ostrand regional airport",)
