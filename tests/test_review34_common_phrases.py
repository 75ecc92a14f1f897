"""A few common words do not join another speaker's longer quote.

'urged customers to install the fix "as fast as they can"' and an analyst's "...
making it vital for the firm to ship a fix as fast as they can" share a stock phrase,
not an utterance; a short wording sharing a distinctive word, or said by the one
named speaker of the longer, still joins it.
"""

from __future__ import annotations

from corrobora.model import Quote, Span
from corrobora.reconcile.quotes import group_quotes

LONG = (
    "The workarounds were very technical and quite cumbersome to apply, making it "
    "vital for the firm to ship a fix as soon as possible"
)


def _quote(article_id: str, text: str, speaker: str | None) -> Quote:
    """A quote whose speaker, if a name (capitalized), is keyed by it."""
    span = Span(0, len(text))
    key = speaker.lower() if speaker and speaker[:1].isupper() else None
    return Quote(article_id, span, (span,), text, speaker, key, "said")


def _groups(short: Quote) -> int:
    quotes = [_quote("wire", LONG, "Ilse Varga"), short]
    return len(group_quotes(quotes, ["wire", "daily"], 0.6))


def test_a_stock_phrase_of_no_named_speaker_stays_apart() -> None:
    assert _groups(_quote("daily", "as soon as possible.", None)) == 2


def test_a_stock_phrase_of_an_unnamed_speaker_stays_apart() -> None:
    assert _groups(_quote("daily", "as soon as possible", "a spokesman")) == 2


def test_a_short_cut_with_a_distinctive_word_joins() -> None:
    assert _groups(_quote("daily", "quite cumbersome to apply", None)) == 1


def test_a_stock_phrase_of_the_same_named_speaker_joins() -> None:
    assert _groups(_quote("daily", "as soon as possible", "Varga")) == 1
