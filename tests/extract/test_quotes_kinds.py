"""Direct and partial quotes: which quoted words are an utterance (quote_kinds)."""

from __future__ import annotations

import pytest

from corrobora.extract.entities import find_mentions
from corrobora.extract.nlp import parse
from corrobora.extract.quotes import find_quotes
from corrobora.model import Quote

from .conftest import build_article


def quotes_of(text: str, model: str) -> tuple[Quote, ...]:
    article = build_article(text)
    doc = parse(text, model)
    return find_quotes(doc, article, find_mentions(doc, article))


def direct(text: str, model: str) -> dict[str, bool]:
    """Each quote's words and whether it is direct."""
    return {q.text: q.direct for q in quotes_of(text, model)}


# -- titles, slogans, captions, nicknames, headlines: not utterances -------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # the title of a work, set off by commas after a noun
        ("Reyes wrote a memoir, “A Long Road Home,” that sold well.", "A Long Road Home,"),
        # an unframed line in capitals: a slogan on a banner
        ("The crowd gathered at noon.\n“STOP THE NEW PIPELINE”\nPolice watched.", "STOP"),
        # an unframed line without a verb: a caption or a subheading
        ("The vote was close.\n“A fight to the very end.”\nTurnout was high.", "A fight"),
    ],
)
def test_titles_slogans_and_captions_are_not_direct(text: str, words: str, model: str) -> None:
    quote = next(q for q in quotes_of(text, model) if q.text.startswith(words))
    assert quote.direct is False


def test_framed_title_after_a_noun_is_not_direct(model: str) -> None:
    text = "Tom Reyes said the new film, “The Quiet Harbor,” was his favorite."
    assert direct(text, model)["The Quiet Harbor,"] is False


def test_exclamations_and_questions_stay_direct(model: str) -> None:
    text = "The speaker asked who would pay.\n“Never!”\nThe hall went quiet.\n“With what money?”"
    assert direct(text, model) == {"Never!": True, "With what money?": True}


def test_unframed_sentence_with_a_verb_stays_direct(model: str) -> None:
    text = "Ann Lee arrived late.\n“We lost the vote by twelve.”\nShe left soon after."
    assert direct(text, model) == {"We lost the vote by twelve.": True}


def test_nickname_before_a_surname_is_not_direct(model: str) -> None:
    text = "He mocked his rivals all night (“Sleepy” Joe Barton and “Little” Tom Reyes)."
    assert direct(text, model) == {"Sleepy": False, "Little": False}


def test_quoted_piece_of_a_headline_is_not_direct(model: str) -> None:
    text = "‘No Chance’ For The School Levy, Barton Says\n\nThe levy failed on Tuesday."
    assert direct(text, model) == {"No Chance": False}


def test_short_quote_followed_by_its_cue_without_comma_stays_direct(model: str) -> None:
    text = "The count ended at midnight.\n“We won” Ann Lee said.\n“It is over” she told us."
    assert direct(text, model) == {"We won": True, "It is over": True}


# -- quotes woven into the writer's sentence ---------------------------------------------


def test_naming_verb_gives_a_name_not_an_utterance(model: str) -> None:
    text = "The plan is what critics call “a reckless gamble.”"
    assert direct(text, model) == {"a reckless gamble.": False}


def test_lower_case_quote_after_the_writers_clause_is_partial(model: str) -> None:
    text = "Tom Reyes said that if the talks fail, “we will walk away from the table.”"
    assert direct(text, model) == {"we will walk away from the table.": False}


def test_lower_case_quote_after_the_cue_stays_direct(model: str) -> None:
    text = "Tom Reyes said, “we will walk away from the table.”"
    assert direct(text, model) == {"we will walk away from the table.": True}


def test_lower_case_quote_after_the_addressee_stays_direct(model: str) -> None:
    text = "Tom Reyes told the striking workers, “we will walk away from the table.”"
    assert direct(text, model) == {"we will walk away from the table.": True}


def test_quote_ending_a_sentence_around_a_parenthetical_cue_is_partial(model: str) -> None:
    text = "The real problem, Tom Reyes said, “is that the city has no money left.”"
    assert direct(text, model) == {"is that the city has no money left.": False}


def test_partial_first_part_is_not_joined_to_the_next_quote(model: str) -> None:
    text = "Tom Reyes called the deal “a mess,” adding, “We will fight it in court.”"
    quotes = quotes_of(text, model)
    assert [(q.text, q.direct) for q in quotes] == [
        ("a mess,", False),
        ("We will fight it in court.", True),
    ]


# -- marks and punctuation ------------------------------------------------------------


def test_quote_after_a_heading_in_capitals_is_direct(model: str) -> None:
    text = "BRIDGE TALKS RESUME “We will rebuild the bridge by spring.” [Daily Star.]"
    assert direct(text, model) == {"We will rebuild the bridge by spring.": True}


def test_comma_inside_a_nested_quote_ends_the_utterance(model: str) -> None:
    text = "“People stop and say, ‘Thank you for voting,’” Tom Reyes explained."
    (quote,) = quotes_of(text, model)
    assert quote.direct is True
    assert quote.speaker_key == "tom reyes"


def test_double_single_marks_before_lower_case_run_on_are_partial(model: str) -> None:
    text = "Voters said ''the usual promises'' were not enough this time."
    assert direct(text, model) == {"the usual promises": False}
