"""A quote group counts the articles that give its words, not its wordings.

One article may give two pieces of one utterance ("bitterly disappointed" and "take
this to the appeal court"); the group then holds three wordings from two articles, and
the reports say "in 2 articles".
"""

from __future__ import annotations

from corrobora.model import QuoteGroup, QuoteVariant, Span
from corrobora.report.common import quote_state, quoting_articles


def _variant(article_id: str, text: str) -> QuoteVariant:
    return QuoteVariant(article_id, Span(0, len(text)), text)


def test_two_pieces_in_one_article_count_as_one_article() -> None:
    full = "We are bitterly disappointed and we will take this to the appeal court"
    group = QuoteGroup(
        "q1",
        "Helga Tarn",
        "helga tarn",
        False,
        (
            _variant("wire", full),
            _variant("daily", "bitterly disappointed"),
            _variant("daily", "take this to the appeal court"),
        ),
    )
    assert quoting_articles(group) == 2
    assert quote_state(group) == "worded differently"
