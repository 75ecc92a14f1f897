"""Subjects a cue has no claim to, and nouns that are no sources.

The one declared dead is no declarer; a jury "shown" a video shows nothing; a finite
clause with no subject of its own borrows none; a document vows nothing; an "it" left
unresolved is no one; "reports from <place>" are unnamed reports; what an unowned video
shows is the writer's description; a subject the parser strands before its verb is the
verb's own.
"""

from __future__ import annotations

from tests.stories import attributions, credit_of

# --- the one acted on is no speaker -------------------------------------------------


def test_a_passive_conjunct_credits_its_subject_nothing() -> None:
    text = (
        "Police shot Tomas Elling on Friday night. After the shooting, Elling was taken "
        "to a clinic but was declared dead on arrival."
    )
    assert not [a for a in attributions(text, "Fjord Ledger") if a.cue == "declare"]


def test_a_passive_with_an_agent_credits_the_agent() -> None:
    text = "Tomas Elling was declared dead by doctors at the Nordvik clinic."
    credit = credit_of(attributions(text, "Fjord Ledger"), "declared", text)
    assert credit.source_key.startswith("doctors")


def test_a_bare_participle_is_a_passive() -> None:
    text = (
        "The ferry trial opened in Orsund on Monday.\n"
        "Jury shown moment ferry strikes the pier as passengers flee in panic."
    )
    assert not [a for a in attributions(text, "Fjord Ledger") if a.source_key == "jury"]


def test_a_finite_clause_without_a_subject_borrows_none() -> None:
    text = (
        "The hearing is scheduled to resume Monday, with testimony from a man who "
        "claims Halvard's brother threatened to kill him."
    )
    found = attributions(text, "Fjord Ledger")
    assert not [a for a in found if a.source_key == "hearing"]


def test_a_document_in_a_relative_clause_vows_nothing() -> None:
    text = (
        "Governor Ilse Marwick rolled back some of the edicts which had praised the old "
        "council and vowed to open the harbour to foreign shipping."
    )
    found = attributions(text, "Fjord Ledger")
    assert not [a for a in found if a.source_key == "edicts" and a.cue == "vow"]


# --- nouns that are no sources -------------------------------------------------------


def test_an_unresolved_it_is_no_source() -> None:
    text = (
        "The jury could not agree on a sentence for Oskar Brenn. And it underscored the "
        "problems Halden prosecutors say they face with unanimous verdicts."
    )
    assert not [a for a in attributions(text, "Fjord Ledger") if a.source_key == "it"]


def test_a_speaking_it_still_stands_for_the_body() -> None:
    text = (
        "The Ministry of Fisheries said on Monday that 12 boats sank. It added that more may sink."
    )
    credit = credit_of(attributions(text, "Fjord Ledger"), "It added", text)
    assert credit.source_key == "ministry of fisheries"


def test_reports_from_a_place_are_unnamed() -> None:
    text = (
        "The third council election of Norrvik ended on Sunday evening as scheduled, "
        "said reports from Velsund, Norrvik's capital."
    )
    found = attributions(text, "Fjord Ledger")
    assert not [a for a in found if "velsund" in a.source_key or a.source.endswith(",")]


def test_what_an_unowned_video_shows_is_the_writers_own() -> None:
    text = "The video shows Marta Lind falling to the ground outside the school."
    assert not attributions(text, "Fjord Ledger")


def test_a_video_someone_stands_behind_stays_a_source() -> None:
    text = "Footage from the ministry shows Marta Lind falling to the ground."
    found = attributions(text, "Fjord Ledger")
    assert [a for a in found if a.cue == "show"]


def test_a_subject_stranded_before_its_verb_is_the_verbs() -> None:
    text = (
        "The district is 38 percent black, and numerous polls and surveys have found "
        "that blacks are more likely than whites to oppose the new toll."
    )
    credit = credit_of(attributions(text, "Fjord Ledger"), "found", text)
    assert credit.source_key != "district"
    assert "polls" in credit.source_key
