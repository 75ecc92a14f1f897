"""A quote over two paragraphs joins facts paragraph by paragraph, not by its opening."""

from __future__ import annotations

from corrobora.model import Claim, Quote, QuoteGroup, QuoteVariant, Span
from corrobora.reconcile import one_utterance

FIRST = "The blaze began in the loading bay behind the depot and spread fast."
SECOND = "We kept it away from the main hall, so the stock there only smells of smoke."


def _claim(claim_id: str, article_id: str, start: int, text: str) -> Claim:
    span = Span(start, start + len(text))
    return Claim(claim_id, article_id, span, text, 0, tuple(text.lower().split()), ())


def _quote(article_id: str, start: int, text: str) -> Quote:
    span = Span(start, start + len(text))
    return Quote(article_id, span, (span,), text, "Ada Lind", "ada lind", "say")


def test_a_claim_of_the_second_paragraph_joins_the_same_words_elsewhere() -> None:
    second_start = len(FIRST) + 2
    whole = _quote("gazette", 0, f"{FIRST}\n\n{SECOND}")
    first = _claim("g1", "gazette", 0, FIRST)
    second = _claim("g2", "gazette", second_start, SECOND)
    elsewhere = _claim("h1", "herald", 0, SECOND)
    groups = [
        QuoteGroup(
            "q1",
            "Ada Lind",
            "ada lind",
            True,
            (QuoteVariant("gazette", first.span, FIRST, speaker_key="ada lind"),),
        ),
        QuoteGroup(
            "q2",
            "Ada Lind",
            "ada lind",
            True,
            (
                QuoteVariant("gazette", second.span, SECOND, speaker_key="ada lind"),
                QuoteVariant("herald", elsewhere.span, SECOND, speaker_key="ada lind"),
            ),
        ),
    ]
    marked_in = {"g1": (whole,), "g2": (whole,), "h1": (_quote("herald", 0, SECOND),)}
    joined = one_utterance([first, second, elsewhere], marked_in, groups)
    assert joined("g2", "h1")
    assert not joined("g1", "h1")
