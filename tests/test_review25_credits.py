"""Who a credit names: a spokesperson's body, an office's holder, a negative subject.

A spokesperson of no stated body speaks for the body her words open with; "a police
spokesman in Kessel" is the police's voice, not the town's; "the service" goes on
with the service last credited before it; "her office" is the person's own voice;
"No group has claimed" credits no one; "the district's returning officer" is one
official on record; "Deputy mayor Helga Rask" keeps her surname.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import SourceKind

from .stories import attributions, credit_of, fact_with, write_article


def test_a_spokeswoman_of_no_stated_body_speaks_for_the_subject(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "North Wire",
        "2026-03-10T12:00:00",
        "The Tarrow Harbour Authority confirmed it would inspect the pier, "
        "spokeswoman Ilse Brandt said.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coast Daily",
        "2026-03-10T14:00:00",
        "The Tarrow Harbour Authority has said it will inspect the pier.",
    )
    fact = fact_with(tmp_path, "inspect the pier")
    assert fact.origins == ("tarrow harbour authority",)


def test_a_police_spokesman_in_a_town_speaks_for_the_police(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Vell Courier",
        "2026-03-11T09:00:00",
        "Police in Vell have arrested two men over the theft of the bells, "
        "a police spokesman, Captain Oskar Dunne, said.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Globe Daily",
        "2026-03-11T10:00:00",
        "Two men have been arrested over the theft of the bells, "
        "a police spokesman in Vell said on Wednesday.",
    )
    write_article(
        tmp_path,
        "c.txt",
        "Central Press",
        "2026-03-11T11:00:00",
        "Police in Vell said two men had been arrested over the theft of the bells.",
    )
    fact = fact_with(tmp_path, "theft of the bells")
    assert fact.origins == ("police",)


def test_the_service_is_the_one_credited_just_before(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Alpha Wire",
        "2026-07-14T19:00:00",
        "A firefighter injured in the wildfire above Lorn has died, the Drossen District "
        "Fire Service confirmed on Tuesday. The fire had burned 3,200 hectares by Tuesday "
        "evening, the service said. The Halvik Weather Service confirmed that rain will "
        "reach the range on Thursday.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Beta News",
        "2026-07-14T20:00:00",
        "The fire had burned 3,200 hectares by Tuesday evening, the Drossen District "
        "Fire Service said.",
    )
    fact = fact_with(tmp_path, "3,200 hectares")
    assert fact.origins == ("drossen district fire service",)


def test_her_office_is_the_governors_voice(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Alpha Wire",
        "2026-07-14T09:00:00",
        "Osten governor Marta Lind declared a state of emergency for the province on "
        "Tuesday morning, freeing money for the response.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Beta Radio",
        "2026-07-14T10:00:00",
        "Crews fought the blaze for a second day. Governor Marta Lind declared a state "
        "of emergency on Tuesday morning, her office said.",
    )
    fact = fact_with(tmp_path, "state of emergency")
    assert fact.origins == ("marta lind",)


def test_a_negative_subject_credits_no_one() -> None:
    text = "Nobody was hurt. No group has claimed the attack on the depot."
    assert not [a for a in attributions(text, "Test Post") if "group" in a.source_key]


def test_a_possessed_office_names_one_official() -> None:
    text = "Ana Vell won the seat by 212 votes, the district's returning officer said."
    found = credit_of(attributions(text, "Test Post"), "returning officer", text)
    assert found.kind is SourceKind.PERSON


def test_a_name_after_a_capitalised_role_keeps_its_surname() -> None:
    text = "Deputy mayor Helga Rask said the line would open in May."
    found = credit_of(attributions(text, "Test Post"), "said", text)
    assert found.source_key == "helga rask"
