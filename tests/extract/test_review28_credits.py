"""Who a sentence is credited to: an aside in a relative clause, a claim on a life, bodies.

A reporting verb in a relative clause on a noun ("the sniper, who told police ...")
adds what that noun said, while the sentence asserts something else on the writer's
word; "claimed the life of" takes a life and reports nothing.
"""

from __future__ import annotations

from corrobora.extract.analyze import analyze_article
from corrobora.model import AnalyzedArticle, Claim
from corrobora.settings import AnalyzeParams
from tests.stories import text_article


def _analyzed(text: str) -> AnalyzedArticle:
    return analyze_article(text_article(text, "Valley Ledger"), AnalyzeParams())


def _claim(found: AnalyzedArticle, words: str) -> Claim:
    (claim,) = [c for c in found.claims if words in c.text]
    return claim


def _credited(claim: Claim) -> str | None:
    attribution = claim.attribution
    return attribution.source_key if attribution is not None else None


def test_a_relative_clause_report_credits_no_whole_sentence() -> None:
    text = (
        "Sniper held\n\n"
        "Two girls were wounded by rooftop gunman Anton Kessel, who told police his rounds "
        "were meant for a rival gang.\n"
    )
    assert _credited(_claim(_analyzed(text), "Two girls were wounded")) is None


def test_a_relative_clause_on_the_subject_credits_no_act_of_its_noun() -> None:
    text = "Minister quits\n\nThe minister, who said the vote was lost, resigned on Tuesday.\n"
    assert _credited(_claim(_analyzed(text), "resigned on Tuesday")) is None


def test_a_closing_speaker_still_credits_the_sentence() -> None:
    text = (
        "Bridge closed\n\n"
        "Three people were hurt on Friday, said Ann Lee, who added that the bridge will "
        "reopen in May.\n"
    )
    assert _credited(_claim(_analyzed(text), "Three people were hurt")) == "ann lee"


def test_claiming_a_life_is_no_report() -> None:
    text = (
        "Suspect held\n\n"
        "The suspect was arrested on Tuesday for the shooting outside a Kelmar school "
        "that claimed the life of Ida Brenner.\n"
        "Storm Ida Varga claimed the lives of two climbers in Kelmar on Sunday.\n"
    )
    found = _analyzed(text)
    assert _credited(_claim(found, "was arrested on Tuesday")) is None
    assert _credited(_claim(found, "claimed the lives")) is None


def _sources(found: AnalyzedArticle, cue_words: str) -> list[tuple[str, str]]:
    text = found.article.text
    return [
        (a.source_key, a.kind.value)
        for a in found.attributions
        if cue_words in text[a.span.start : a.span.end]
    ]


def test_a_role_titled_before_the_name_is_that_person() -> None:
    text = (
        "Count ends\n\n"
        "City council member Edda Marlow, who ran the count, said the doors closed at "
        "eight. The council member said the count had been orderly.\n"
    )
    assert _sources(_analyzed(text), "The council member said") == [("edda marlow", "person")]


def test_results_from_a_body_are_its_word() -> None:
    text = (
        "Count ends\n\n"
        "Mayor Ilse Brand led by about 900 votes late Tuesday, according to unofficial "
        "results from the Kelmar County Board of Elections.\n"
    )
    found = _sources(_analyzed(text), "according to")
    assert found == [("kelmar county board of elections", "organization")]


def test_a_place_noun_inside_two_bodies_names_neither() -> None:
    text = (
        "Fire spreads\n\n"
        "The fire spread overnight, the Varna County Fire Authority said. "
        "The Varna County Sheriff's Office said roads were closed. "
        "A school has been turned into a shelter, the county said.\n"
    )
    assert _sources(_analyzed(text), "the county said") == [("county", "organization")]


def test_a_noun_heading_one_body_still_names_it() -> None:
    text = (
        "Fire spreads\n\n"
        "The fire spread overnight, the Varna County Fire Authority said. "
        "The Varna County Sheriff's Office said roads were closed. "
        "A school has been turned into a shelter, the authority said.\n"
    )
    found = _sources(_analyzed(text), "the authority said")
    assert found == [("varna county fire authority", "organization")]


def test_the_accused_is_no_source() -> None:
    text = (
        "Trial opens\n\n"
        "The trial of Orrin Vasko, the teen accused of killing a shopkeeper in Kelmar, "
        "opened on Tuesday.\n"
    )
    found = _analyzed(text)
    assert _credited(_claim(found, "opened on Tuesday")) is None
    assert not [a for a in found.attributions if a.cue == "accuse"]
