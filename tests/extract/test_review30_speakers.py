"""Who speaks: a carried quote's speaker, and words that name no speaker.

A quote standing after "The director denied reports that ..." is the director's words
and credited to him; the "it" of "It seems ...", "finds her loyalties tested",
"calling her name" and a subject that is a thing or an event credit no one.
"""

from __future__ import annotations

from corrobora.model import Attribution
from tests.stories import attributions

_OUTLET = "Morning Courier"


def _found(text: str) -> tuple[Attribution, ...]:
    return attributions(text, _OUTLET)


def _sources(text: str) -> set[str]:
    return {a.source.lower() for a in _found(text)}


def test_quote_after_a_reported_denial_is_credited_to_its_speaker() -> None:
    text = (
        "Corbett leaves sequel\n\n"
        "Dane Corbett will not direct the Ember Road sequel.\n"
        '"After long thought, I have decided not to direct it," Corbett said.\n'
        "The director denied reports that his talks with the studio, Halcyon Films, "
        "hit a snag.\n"
        '"Contrary to what has been reported, the talks with Halcyon went well.\n'
        'They have been very kind to me through this decision."\n'
    )
    start = text.index("Contrary")
    credited = [a for a in _found(text) if a.content.start <= start < a.content.end]
    assert [a.source_key for a in credited] == ["dane corbett"]


def test_the_it_of_seems_is_no_source() -> None:
    text = (
        "Singer leaves lawyer\n\n"
        "It seems Mara Quill has had enough of her lawyer, Tom Abel.\n"
        "It appears that the tour will open in June.\n"
    )
    assert _found(text) == ()


def test_finding_someone_in_a_state_reports_nothing() -> None:
    text = (
        "War drama opens\n\n"
        "Mara Quill plays a nurse who finds her loyalties tested when war breaks out.\n"
        "In the film she finds her faith shaken by the loss of a friend.\n"
    )
    assert _found(text) == ()


def test_a_finding_and_a_verdict_still_credit_their_source() -> None:
    text = (
        "Inquiry reports\n\n"
        "The inquiry found that the pilot was tired.\n"
        "A jury found Tom Abel guilty of fraud.\n"
        "A survey by the institute found voters rated the mayor higher.\n"
    )
    assert {a.cue for a in _found(text)} == {"find"}
    assert len(_found(text)) == 3


def test_calling_a_name_states_nothing() -> None:
    text = "Singer in clinic\n\nRehab has been calling her name loud and clear for years.\n"
    assert _found(text) == ()


def test_an_event_is_no_speaker_of_a_borrowed_cue() -> None:
    text = (
        "Actress in clinic\n\n"
        "Her latest stay at the Harlow Clinic comes after Mara Quill rear-ended a truck "
        "on June 8, and then lied to police, telling them she was not driving.\n"
    )
    assert not any("stay" in s for s in _sources(text))


def test_a_figure_of_speech_beside_the_speaker_is_dropped() -> None:
    text = (
        "Actress in clinic\n\n"
        "The original trainwreck Mara Quill's publicist confirmed that the actress was "
        "admitted into the Harlow Clinic in Los Angeles.\n"
    )
    sources = _sources(text)
    assert not any("trainwreck" in s for s in sources)
    assert any("publicist" in s for s in sources)
