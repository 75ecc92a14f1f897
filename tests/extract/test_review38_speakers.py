"""Quote speakers and sources: a colon line's quote, one described person, a body, a "she".

A quote on the lines after a sentence ending in a colon is that sentence's speaker's
however many lines it runs to; "a Corvel blogger and journalist" is one unnamed person,
not the company; a quote inside what "Nordatel's mobile unit" said is the unit's, a
body's; and "she said" after "a Nordatel spokeswoman ... said" is the company's voice
again.
"""

from __future__ import annotations

from corrobora.extract.entities import find_mentions
from corrobora.extract.nlp import parse
from corrobora.extract.quotes import find_quotes
from corrobora.model import Quote, SourceKind

from .conftest import build_article
from .test_review3_sources import attributions_of


def _quote_with(text: str, words: str, model: str) -> Quote:
    article = build_article(text)
    doc = parse(text, model)
    (quote,) = [
        q for q in find_quotes(doc, article, find_mentions(doc, article)) if words in q.text
    ]
    return quote


def test_a_long_quote_after_a_colon_line_with_a_quoted_term_is_its_speaker_s(model: str) -> None:
    text = (
        "Harbour patrol praised\n"
        "The Brellton Ledger's Ivo Marsh reports that Chief Olan Tessary praised the crews.\n"
        "The chief says he has sent many officers on what is called “rapid entry” drills "
        "for first-responding crews:\n"
        "“We have learned from other towns that you cannot wait for the divers.\n"
        "You have to get in and bring as many people out as you can.\n"
        "They did a fine job, the north and south posts in particular.\n"
        "Those crews did an outstanding job.”\n"
    )
    quote = _quote_with(text, "cannot wait for the divers", model)
    assert quote.speaker_key == "olan tessary"


def test_a_name_before_a_person_described_twice_is_not_the_speaker(model: str) -> None:
    text = (
        "Cable cut\n"
        '"I hope they fix this soon, because I post new videos every day," said a Corvel '
        "blogger and journalist.\n"
    )
    quote = _quote_with(text, "post new videos", model)
    assert (quote.speaker, quote.speaker_key) == ("Corvel blogger and journalist", None)
    (found,) = attributions_of(text, model)
    assert found.kind is SourceKind.ANONYMOUS


def test_a_quote_inside_what_a_company_unit_said_is_the_unit_s(model: str) -> None:
    text = (
        "Cables cut\n"
        'Nordatel\'s mobile-phone unit said the cable failure "badly hurt" the traffic '
        "between Varno and Kessel.\n"
    )
    quote = _quote_with(text, "badly hurt", model)
    assert quote.speaker is not None and "unit" in quote.speaker


def test_she_after_an_unnamed_spokeswoman_is_the_company_she_speaks_for(model: str) -> None:
    text = (
        "Cable cut\n"
        "The cuts hit two lines that link Varno to Kessel, a Nordatel spokeswoman who asked "
        "not to be named said.\n"
        "Nordatel is not sure what caused the cut, she said.\n"
        '"We have two ideas.\n'
        'The first is that it could be a storm," she said.\n'
    )
    quote = _quote_with(text, "two ideas", model)
    assert quote.speaker_key == "nordatel"
    keys = {a.source_key for a in attributions_of(text, model)}
    assert keys == {"nordatel"}
