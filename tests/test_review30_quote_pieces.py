"""A quote of two sentences stays whole when another article quotes a few of its words.

A few words quoted apart ("other offers") are found in any sentence holding them: they
do not make another source's two-sentence quote two quotations. A line of a noun owned
by a pronoun ("His exact words:") gives the quote after it to the person the sentence
before reports.
"""

from __future__ import annotations

from corrobora.extract.entities import find_mentions
from corrobora.extract.nlp import parse
from corrobora.extract.quotes import find_quotes
from corrobora.model import Quote, Span
from corrobora.reconcile.quotes import group_quotes
from corrobora.settings import AnalyzeParams

from .stories import text_article


def _quote(article_id: str, pieces: list[str], speaker: str | None) -> Quote:
    spans, start = [], 0
    for piece in pieces:
        spans.append(Span(start, start + len(piece)))
        start += len(piece) + 1
    key = speaker.lower() if speaker else None
    text = " ".join(pieces)
    return Quote(article_id, Span(0, len(text)), tuple(spans), text, speaker, key, "say")


def test_a_two_word_partial_quote_does_not_split_a_whole_quote() -> None:
    first = "We met the striker and were very impressed with him."
    second = "After hearing about his other offers, we are not going to be a factor."
    quotes = [
        _quote("post", [first, second], "Ivo Dorn"),
        _quote("post", ["other offers"], "Lena Brask"),
        _quote("times", [first, second], None),
    ]
    groups = group_quotes(quotes, ["post", "times"], 0.6)
    (whole,) = [g for g in groups if len(g.variants) == 2]
    assert all(v.text == f"{first} {second}" for v in whole.variants)
    assert whole.identical


def test_two_sentences_quoted_apart_still_split() -> None:
    first = "We met the striker and were very impressed with him."
    second = "After hearing about his other offers, we are not going to be a factor."
    quotes = [
        _quote("post", [first], "Ivo Dorn"),
        _quote("post", [second], "Ivo Dorn"),
        _quote("times", [first, second], "Ivo Dorn"),
    ]
    groups = group_quotes(quotes, ["post", "times"], 0.6)
    assert len(groups) == 2
    assert all(len(g.variants) == 2 for g in groups)


def test_a_quote_after_his_exact_words_is_the_reported_speaker_s() -> None:
    text = (
        "Harbour club owner Ivo Dorn has said, in so many words, that his club will not sign "
        "the striker.\n"
        "His exact words:\n"
        "\u201cWe met the striker and were very impressed with him.\n"
        "After hearing about his other offers, we are not going to be a factor.\u201d\n"
    )
    article = text_article(text, "Harbour Post")
    doc = parse(text, AnalyzeParams().model)
    (quote,) = find_quotes(doc, article, find_mentions(doc, article))
    assert quote.speaker_key == "ivo dorn"


def test_wordings_sharing_only_a_name_are_two_utterances() -> None:
    memo = "the purposes of the Harbour Protection Act."
    critic = (
        "This is such a departure from the spirit and the letter of the Harbour Protection "
        "Act that we wonder if its drafters would know it."
    )
    quotes = [
        _quote("post", [memo], None),
        _quote("times", [critic], "Ivo Dorn"),
    ]
    assert len(group_quotes(quotes, ["post", "times"], 0.6)) == 2


def test_wordings_sharing_a_name_and_their_words_are_one_utterance() -> None:
    quotes = [
        _quote("post", ["the Harbour Protection Act has failed the fishermen."], None),
        _quote("times", ["We think the Harbour Protection Act has failed the fishermen."], None),
    ]
    assert len(group_quotes(quotes, ["post", "times"], 0.6)) == 1
