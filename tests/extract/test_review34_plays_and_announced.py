"""Plays named by verbs of speech, posted stats, texts announced by a colon, "I" speakers.

"Drake countered with a 9-2 run", "answered with a three-pointer", "maintained the
lead" and "while posting 20 points" report a game on the writer's own word: the side
says nothing. "Lee sent out the following message:" announces Lee's words, whatever
name stands nearer the colon. A two-word name speaking as "I" is a person.
"""

from __future__ import annotations

from corrobora.extract.entities import find_mentions
from corrobora.extract.nlp import parse
from corrobora.extract.quotes import find_quotes
from corrobora.model import EntityKind, Quote, SourceKind
from corrobora.settings import AnalyzeParams
from tests.stories import attributions, text_article

_OUTLET = "Alpha Wire"


def _quotes(text: str) -> tuple[Quote, ...]:
    article = text_article(text, _OUTLET)
    doc = parse(text, AnalyzeParams().model)
    return find_quotes(doc, article, find_mentions(doc, article))


# --- plays and stats credit no one ----------------------------------------------------


def test_countering_with_a_run_credits_no_one() -> None:
    assert attributions("Ostrava countered with a 9-2 run.", _OUTLET) == ()


def test_answering_with_a_basket_credits_no_one() -> None:
    text = "Velden answered with a three-pointer to cut the lead to four."
    assert attributions(text, _OUTLET) == ()


def test_keeping_the_lead_credits_no_one() -> None:
    text = "North Carolina maintained the lead for the rest of the half."
    assert attributions(text, _OUTLET) == ()


def test_posting_points_credits_no_one() -> None:
    text = "Brannock passed Ellery for the top spot while posting 20 points in the victory."
    assert attributions(text, _OUTLET) == ()


def test_maintaining_a_claim_is_still_a_statement() -> None:
    text = "The minister maintained that the water in the pipes was safe."
    (found,) = attributions(text, _OUTLET)
    assert found.cue == "maintain"
    assert found.source_key == "minister"


def test_countering_with_a_statement_is_still_credited() -> None:
    text = "The ministry responded with a statement saying the plan was legal."
    (found,) = attributions(text, _OUTLET)
    assert found.source_key == "ministry"


# --- a message announced by a colon ----------------------------------------------------


def test_a_message_sent_before_a_colon_is_its_senders() -> None:
    text = "Lee sent out the following message on Twitter: “I will be back next season.”"
    (quote,) = _quotes(text)
    assert quote.speaker_key == "lee"


def test_a_message_on_the_next_line_is_not_the_previous_speakers() -> None:
    text = (
        "“I had to go to class today,” Tomas Ferreira said.\n"
        "It was no surprise when, shortly before noon, Halvard sent out the following "
        "message on Twitter:\n"
        "“I will be returning to Westbrook for my senior year.”"
    )
    quotes = _quotes(text)
    assert quotes[-1].speaker_key == "halvard"


# --- a name that speaks as "I" ----------------------------------------------------------


def test_a_name_speaking_as_i_is_a_person() -> None:
    text = (
        "Westbrook beat Ostrava on Friday.\n"
        "“I had to go to class today, and try to be super low-key,” Jahenns Manigat said."
    )
    article = text_article(text, _OUTLET)
    mentions = find_mentions(parse(text, AnalyzeParams().model), article)
    (name,) = [m for m in mentions if m.key == "jahenns manigat"]
    assert name.kind is EntityKind.PERSON
    (found,) = attributions(text, _OUTLET)
    assert found.kind is SourceKind.PERSON
