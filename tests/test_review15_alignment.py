"""Claim alignment (review 15): counts and names worded apart, a common word that is not rare.

"carrying 212 passengers and seven crew" and "was carrying 214 passengers and four crew
members" count the same two things; "The trial followed 8,300 patients for an average
of six years" and "... tracked 9,100 patients for an average of six years" one sample;
"The report was published in the X" and "... in the Y" one statement of two names.
And "fire" is no rare word because its synonym group is named "blaze": "leaving fire
crews little time" and "steps brought by the airport fire service" are two things.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.align.similarity import background_weight
from corrobora.model import ConflictKind

from .stories import fact_with, story_facts, write_article


def test_two_counts_of_one_flight_worded_apart_are_one_fact(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Orsund Wire", "2026-06-02T10:00:00Z",
        "Flight TL207, an Aravel A-40 carrying 212 passengers and seven crew bound for "
        "Kessmark, landed at 09:15 local time and stopped on the grass beyond runway 27, "
        "airport officials said.", title="Talvair jet leaves runway at Orsund",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Orsund Evening News", "2026-06-02T16:00:00Z",
        "Flight TL207 to Kessmark was carrying 214 passengers and four crew members when "
        "it returned to Orsund shortly after 9.15am and overran runway 27.",
        title="Talvair jet overruns runway at Orsund",
    )  # fmt: skip
    write_article(
        tmp_path, "c.txt", "Radio Kessmark", "2026-06-03T07:00:00Z",
        "The Aravel A-40 was operating flight TL207 from Orsund to Kessmark with 212 "
        "passengers and seven crew on board.", title="Talvair flight TL207 at Orsund",
    )  # fmt: skip
    fact = fact_with(tmp_path, "214 passengers")
    assert len(fact.support) == 3
    numbers = [c.detail for c in fact.conflicts if c.kind is ConflictKind.NUMBER]
    assert any("passenger" in d and "crew" in d for d in numbers)  # both counts that differ


def test_two_sample_sizes_of_one_study_are_one_fact(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Lindquay Courier", "2026-04-01T09:00:00Z",
        "Patients who swim twice a week may lower their blood pressure, a University of "
        "Carrowmere study found. The trial followed 8,300 patients for an average of six "
        "years.", title="Swimming linked to lower blood pressure",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Easthaven Ledger", "2026-04-02T07:00:00Z",
        "Swimming twice a week may lower blood pressure, a University of Carrowmere study "
        "found. Doctors led by Professor Anneli Strand tracked 9,100 patients for an "
        "average of six years.", title="Swimming linked to lower blood pressure",
    )  # fmt: skip
    fact = fact_with(tmp_path, "8,300 patients")
    assert len(fact.support) == 2
    assert any(c.kind is ConflictKind.NUMBER for c in fact.conflicts)


def test_one_wording_of_two_journals_is_one_fact_with_an_entity_conflict(
    tmp_path: Path,
) -> None:
    write_article(
        tmp_path, "a.txt", "Lindquay Courier", "2026-04-01T09:00:00Z",
        "Patients who swim twice a week may lower their blood pressure, according to a "
        "new study from the University of Carrowmere. The report was published in the "
        "Ostravel Journal of Cardiology.", title="Swimming linked to lower blood pressure",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Easthaven Ledger", "2026-04-01T15:00:00Z",
        "People who swim twice weekly are less likely to have high blood pressure, a "
        "Carrowmere study suggests. The report was published in the Pellin Heart Review.",
        title="Swimming linked to lower blood pressure",
    )  # fmt: skip
    fact = fact_with(tmp_path, "Ostravel Journal")
    assert len(fact.support) == 2
    assert any(c.kind is ConflictKind.ENTITY for c in fact.conflicts)


def test_a_synonym_group_weighs_as_its_commonest_word() -> None:
    assert background_weight("blaze") <= background_weight("fire")


def test_fire_crews_and_a_fire_service_are_two_facts(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Orsund Evening News", "2026-06-02T16:00:00Z",
        "Passengers on a Talvair flight that slid off the runway at Orsund Airport on "
        "Monday described a loud bang moments after take-off.\n\n"
        "An airport source, who asked not to be named, said the crew declared an "
        "emergency only three minutes before touchdown, leaving fire crews little time "
        "to take up positions.", title="Passengers describe Talvair runway scare",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Radio Kessmark", "2026-06-03T07:00:00Z",
        "Talvair denied that the crew had declared an emergency late after its jet ran "
        "off the runway at Orsund Airport.\n\n"
        "Passengers left the aircraft by mobile steps brought by the airport fire service.",
        title="Talvair denies late emergency call",
    )  # fmt: skip
    facts = story_facts(tmp_path)
    crews = [f for f in facts if any("fire crews" in s.text for s in f.support)]
    assert crews
    assert all(not any("fire service" in s.text for s in f.support) for f in crews), (
        "the fire crews and the fire service were joined as one fact"
    )
