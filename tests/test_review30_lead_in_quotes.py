"""A quote paragraph right after a sentence that introduces it is that sentence's speaker's.

The sentence ends in a colon ("Ann Lee was blunt:") or in a comma after a reporting cue
("Ann Lee, the union's lawyer, commented,") at its line's end.
"""

from __future__ import annotations

from corrobora.extract.entities import find_mentions
from corrobora.extract.nlp import parse
from corrobora.extract.quotes import find_quotes
from corrobora.model import Quote
from corrobora.settings import AnalyzeParams

from .stories import text_article


def _quote_with(text: str, words: str) -> Quote:
    article = text_article(text, "Harbour Post")
    doc = parse(text, AnalyzeParams().model)
    (quote,) = [
        q for q in find_quotes(doc, article, find_mentions(doc, article)) if words in q.text
    ]
    return quote


def test_a_quote_after_a_colon_line_is_its_subject_s() -> None:
    text = (
        "The harbour board approved a new pier on Monday.\n"
        "Residents of the east ward were angry.\n"
        "Tomas Brell, head of the Eastside Residents Association, was blunt:\n"
        '"We will see the board in court."\n'
    )
    quote = _quote_with(text, "see the board in court")
    assert quote.speaker_key == "tomas brell"


def test_a_quote_after_a_cue_ending_in_a_comma_is_the_cue_s() -> None:
    text = (
        "The harbour board approved a new pier on Monday.\n"
        "Tomas Brell, head of the Eastside Residents Association, commented,\n"
        '"The pier is a waste of money.\n'
        'We will fight it in every court we can."\n'
    )
    quote = _quote_with(text, "waste of money")
    assert quote.speaker_key == "tomas brell"


def test_a_quote_after_a_colon_line_without_a_named_subject_has_no_speaker() -> None:
    text = (
        "The harbour board approved a new pier on Monday.\n"
        "The reasons are simple:\n"
        '"It is cheap and it is fast."\n'
    )
    assert _quote_with(text, "cheap").speaker is None


def test_a_comma_inside_a_line_before_a_quote_is_not_a_lead_in() -> None:
    text = (
        "The harbour board approved a new pier on Monday.\n"
        'Tomas Brell was at the meeting, "The pier is a waste," a neighbour shouted.\n'
    )
    assert _quote_with(text, "waste").speaker_key != "tomas brell"
