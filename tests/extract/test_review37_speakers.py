"""Who speaks, and under which name: a pronoun after a subject, titles, units, asides.

A speaking "he" goes on with the person subject of the report just before it, even
one who "declined to say", and not with an earlier speaker known to be a man; office
words before a surname ("Commissioner", "ADA") are titles, so that one person keeps
one key; an everyday word before a rank ("Homicide Detective") is the unit in the
title, no organization; a name ends before a hyphen joined to a lower-case word; "a
local blogger and journalist" is one speaker.
"""

from __future__ import annotations

from corrobora.extract.analyze import analyze_article
from corrobora.model import AnalyzedArticle, EntityKind, Quote
from corrobora.settings import AnalyzeParams
from tests.stories import text_article


def _analyzed(text: str) -> AnalyzedArticle:
    return analyze_article(text_article(text, "Valley Ledger"), AnalyzeParams())


def _quote(found: AnalyzedArticle, words: str) -> Quote:
    (quote,) = [q for q in found.quotes if words in q.text]
    return quote


def test_he_is_the_person_subject_just_before_not_an_earlier_speaker() -> None:
    text = (
        "Barn fire\n\n"
        "Mr Wexford said the fire was being treated as arson, but he did not know of any "
        "threats to the barn.\n"
        '"It is hard to say at this point," he said.\n'
        "The farmer, Jasper Quill, declined to say whether the barn had received any threats.\n"
        '"There are so many questions," he said.\n'
    )
    found = _analyzed(text)
    assert _quote(found, "hard to say").speaker_key == "wexford"
    assert _quote(found, "so many questions").speaker_key == "jasper quill"


def test_office_titles_before_a_surname_keep_one_persons_key() -> None:
    text = (
        "Hearing on shooting\n\n"
        "At a hearing on Monday, assistant district attorney Rhea Calloway described "
        "the accused as a careful planner.\n"
        '"He waited for the shift to end," says ADA Calloway.\n'
        "Police commissioner Tobias Wendt says the building was cleared within minutes.\n"
        "Officers answered calls from inside the building, according to Commissioner Wendt.\n"
        "Wendt says he will review the response.\n"
    )
    found = _analyzed(text)
    keys = {m.key for m in found.mentions if m.kind is EntityKind.PERSON}
    assert "ada calloway" not in keys
    assert "commissioner wendt" not in keys
    assert _quote(found, "waited for the shift").speaker_key == "rhea calloway"
    sources = {a.source_key for a in found.attributions if "Wendt" in a.source}
    assert sources == {"tobias wendt"}


def test_an_everyday_word_before_a_rank_is_the_unit_not_a_body() -> None:
    text = (
        "Plant shooting\n\n"
        "Cora Linde shot two co-workers at the Fenmark plant in Delby in March.\n"
        "Homicide Detective Silas Morrow, testifying Tuesday at Linde's preliminary "
        "hearing, said he asked how she felt just hours after the shootings.\n"
    )
    found = _analyzed(text)
    assert "homicide" not in {m.key for m in found.mentions}
    (credit,) = [a for a in found.attributions if a.cue == "say"]
    assert credit.source_key == "silas morrow"


def test_a_name_ends_before_a_hyphen_joined_to_a_lower_case_word() -> None:
    text = (
        "Line cut\n\n"
        "Corin Halvard-head of network planning at Brightwave, which runs part of the "
        "line-told the Ledger that repairs would take days.\n"
    )
    found = _analyzed(text)
    people = [m for m in found.mentions if m.kind is EntityKind.PERSON]
    assert [(m.text, m.key) for m in people] == [("Corin Halvard", "corin halvard")]


def test_one_article_before_two_nouns_describes_one_speaker() -> None:
    text = (
        "Line cut\n\n"
        '"I hope they fix it soon, because I upload files every day," said a local '
        "blogger and journalist.\n"
    )
    found = _analyzed(text)
    credits = [a for a in found.attributions if a.cue == "say"]
    assert [a.source for a in credits] == ["local blogger and journalist"]
    assert _quote(found, "fix it soon").speaker == "local blogger and journalist"
