"""One utterance whose sentences two outlets quote in another order is one quote group.

"A. B. C." in one article and "B. C. A." in another share every sentence, but not
the order of their words: the sentences are matched one by one where the whole fails.
"""

from __future__ import annotations

from corrobora.model import DiffOp, Quote, Span
from corrobora.reconcile.quotes import group_quotes

FIRST = (
    "I still cannot take it in. Mara was a quiet girl, never one to pick a fight. "
    "She adored her grandfather and her brother. Her little brother was her pride, "
    "and her grandfather was too."
)
SWAPPED = (
    "She adored her grandfather and her brother. Her little brother was her pride, and "
    "her grandfather was too. She was a quiet girl, never one to go out and pick a fight."
)


def _quote(article_id: str, text: str, speaker: str) -> Quote:
    """A quote of an unnamed speaker ("a neighbour"): no speaker key."""
    span = Span(0, len(text))
    return Quote(article_id, span, (span,), text, speaker, None, "said")


def test_sentences_quoted_in_another_order_are_one_group() -> None:
    quotes = [_quote("wire", FIRST, "a neighbour"), _quote("daily", SWAPPED, "one neighbour")]
    (group,) = group_quotes(quotes, ["wire", "daily"], 0.6)
    assert {v.article_id for v in group.variants} == {"wire", "daily"}
    assert not group.identical
    diff = group.variants[1].diff
    assert any(chunk.op is not DiffOp.EQUAL for chunk in diff)


def test_other_sentences_in_another_order_stay_apart() -> None:
    other = (
        "Her brother moved away last spring. The grandfather sold the farm to a cousin. "
        "She was never one to pick a fight."
    )
    quotes = [_quote("wire", FIRST, "a neighbour"), _quote("daily", other, "one neighbour")]
    assert len(group_quotes(quotes, ["wire", "daily"], 0.6)) == 2
