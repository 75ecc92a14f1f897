"""Who a credit names when a name is cut short or describes someone's people (review 19).

A newspaper named after its town ("the Lisker Record reported") is the
newspaper even where the article names the town alone, never the town; unnamed
people described by their employer ("two Elmstead Ferries employees", "staff at ...",
"a ... official who asked not to be named") are unnamed sources, not the company on
record, while its spokeswoman and its researchers stay on record; a person whose
given name the recognizer drops after an opening time phrase ("By Sunday evening,
Evander Krall said") keeps the full name, and the claim stays his.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corrobora.model import SourceKind
from tests.stories import attributions, credit_of, fact_with, write_article

RECORD = ("Lisker Record", "2027-03-02T20:00:00+00:00")
WIRE = ("Norland Wire", "2027-03-03T07:30:00+00:00")
GAZETTE = ("Tolley Gazette", "2027-03-03T09:10:00+00:00")

CREDITED = (
    "The coach was carrying 58 passengers, well above its limit of 40, the {paper} reported "
    "on Monday night. The coach left {town} on Monday and crashed near Tolley Bridge."
)


@pytest.mark.parametrize(
    ("town", "paper"), [("Lisker", "Lisker Record"), ("Port Tennick", "Port Tennick Ledger")]
)
def test_a_paper_named_after_its_town_is_the_paper(town: str, paper: str) -> None:
    text = CREDITED.format(town=town, paper=paper)
    credit = credit_of(attributions(text, WIRE[0]), "reported", text)
    assert (credit.source, credit.kind) == (paper, SourceKind.OUTLET)


def test_a_scoop_repeated_with_credit_has_one_origin(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", *RECORD,
        "The coach was carrying 58 passengers when it left on Monday, far more than the 40 it "
        "is licensed to carry, the Record has learned. The coach crashed near Tolley Bridge.",
    )  # fmt: skip
    write_article(tmp_path, "b.txt", *WIRE, CREDITED.format(town="Lisker", paper="Lisker Record"))
    fact = fact_with(tmp_path, "58 passengers")
    assert fact.origins == ("lisker record",)


ANONYMOUS = (
    "The coach crashed near Tolley Bridge on Monday. Three Elmstead Ferries employees, who "
    "spoke on condition of anonymity, said drivers had been told to skip the brake checks.",
    "Staff at Elmstead Ferries said drivers had been told to skip the brake checks.",
    "A Elmstead Ferries official who asked not to be named said drivers had been told to skip "
    "the brake checks.",
    "Elmstead Ferries officials said drivers had been told to skip the brake checks.",
)


@pytest.mark.parametrize("text", ANONYMOUS)
def test_a_companys_unnamed_people_are_unnamed_sources(text: str) -> None:
    credit = credit_of(attributions(text, WIRE[0]), "said", text)
    assert credit.kind is SourceKind.ANONYMOUS
    assert credit.source_key != "elmstead ferries"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Elmstead Ferries runs the coaches. A Elmstead Ferries spokeswoman said the checks "
            "were done.",
            "elmstead ferries",
        ),
        ("Tessmoor University researchers said the checks were done.", "tessmoor university"),
    ],
)
def test_a_spokeswoman_and_researchers_stay_on_record(text: str, key: str) -> None:
    credit = credit_of(attributions(text, WIRE[0]), "said", text)
    assert credit.source_key == key
    assert credit.kind is SourceKind.ORGANIZATION


def test_anonymous_employees_leave_a_fact_on_unnamed_sources(tmp_path: Path) -> None:
    write_article(tmp_path, "a.txt", *RECORD, ANONYMOUS[0])
    fact = fact_with(tmp_path, "brake checks")
    assert fact.origins == ("lisker record",)
    assert "unnamed" in fact.confidence_reason


TIMED = (
    "The storm hit Pellham on Sunday. By Sunday evening, Evander Krall said that 64 people had "
    "been evacuated."
)


def test_a_given_name_after_a_time_phrase_is_kept() -> None:
    credit = credit_of(attributions(TIMED, RECORD[0]), "said", TIMED)
    assert (credit.source_key, credit.kind) == ("evander krall", SourceKind.PERSON)


def test_a_claim_after_a_time_phrase_stays_the_speakers(tmp_path: Path) -> None:
    write_article(tmp_path, "a.txt", *RECORD, TIMED)
    write_article(
        tmp_path, "b.txt", *GAZETTE,
        "The storm hit Pellham on Sunday. Evander Krall said on Tuesday that 90 people had "
        "been evacuated.",
    )  # fmt: skip
    fact = fact_with(tmp_path, "64 people")
    assert fact.origins == ("evander krall",)


def test_a_family_is_an_unnamed_source_not_a_document() -> None:
    text = "Captain Aren Tolvik, 51, was among the missing, his family said."
    credit = credit_of(attributions(text, GAZETTE[0]), "said", text)
    assert credit.kind is SourceKind.ANONYMOUS
