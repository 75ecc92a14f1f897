"""Who a credit names: no "see" of events, appositive names, time zones, whole descriptions.

"A raid on a store saw robbers flee" reports no one's words; "Subsea cable operator,
Seacom, announced" is Seacom's, not its modifier's; a time zone ("Coordinated Universal
Time (UTC)") is never "the company"; "The Egyptian communications ministry said" keeps
its whole description, as "Kenya's communications ministry" keeps its owner.
"""

from __future__ import annotations

from corrobora.model import SourceKind
from tests.stories import attributions


def test_an_event_that_saw_acts_happen_credits_no_one() -> None:
    text = (
        "Jeweller raided\n\n"
        "A smash-and-grab on a Velden store saw four robbers make off with watches on "
        "Monday. In May, thieves stole rings from a courier and a second theft saw a "
        "necklace stolen.\n"
    )
    assert attributions(text, "Valley Ledger") == ()


def test_people_who_see_a_trend_still_hold_a_view() -> None:
    text = "Outlook\n\nMost analysts see growth slowing next year.\n"
    assert [a.cue for a in attributions(text, "Valley Ledger")] == ["see"]


def test_an_appositive_name_is_the_source_not_the_modifier() -> None:
    text = (
        "Cable restored\n\n"
        "Subsea cable operator, Seacom, announced on Twitter today that it has restored "
        "services to all customers.\n"
    )
    found = attributions(text, "Valley Ledger")
    assert {a.source_key for a in found} == {"seacom"}


def test_a_time_zone_is_never_the_company() -> None:
    text = (
        "Cable cut\n\n"
        "Seacom said its cable was damaged on Friday.\n"
        "The cut occurred between 07:28 and 08:06 Coordinated Universal Time (UTC) on a "
        "cable between Abu Talat and Marseilles, the company said.\n"
    )
    found = attributions(text, "Valley Ledger")
    assert "utc" not in {a.source_key for a in found}


def test_a_ministry_keeps_its_whole_description_and_owner() -> None:
    text = (
        "Cables cut\n\n"
        "Three cables were cut on Friday. The Egyptian communications ministry said "
        "traffic was down by 70 percent. Kenya's communications ministry said service "
        "was slow.\n"
    )
    found = attributions(text, "Valley Ledger")
    assert {(a.source, a.kind) for a in found} == {
        ("Egyptian communications ministry", SourceKind.ORGANIZATION),
        ("Kenya's communications ministry", SourceKind.ORGANIZATION),
    }
