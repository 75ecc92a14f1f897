"""A short cut of a quote stays in its group whatever other cuts are there."""

from __future__ import annotations

from itertools import permutations

from corrobora.model import Quote, Span
from corrobora.reconcile.quotes import group_quotes

FULL = (
    "These are painful choices, but we must bring our costs in line with a market that is "
    "recovering more slowly than we had planned,"
)
TAIL = "bring our costs in line with a market that is recovering more slowly than we had planned"
SHORT = "painful choices"


def _quote(article_id: str, text: str, speaker: str) -> Quote:
    span = Span(0, len(text))
    return Quote(article_id, span, (span,), text, speaker, speaker.lower(), "said")


def test_a_short_cut_joins_the_full_quote_beside_a_cut_of_its_other_end() -> None:
    quotes = [
        _quote("wire", FULL, "Ada Lund"),
        _quote("times", TAIL, "Ada Lund"),
        _quote("ledger", SHORT, "Ada Lund"),
    ]
    for order in permutations(["wire", "times", "ledger"]):
        (group,) = group_quotes(quotes, list(order), 0.6)
        assert {v.article_id for v in group.variants} == {"wire", "times", "ledger"}, order


def test_a_short_cut_of_another_speaker_stays_apart_beside_a_full_quote() -> None:
    quotes = [
        _quote("wire", FULL, "Ada Lund"),
        _quote("times", TAIL, "Ada Lund"),
        _quote("ledger", SHORT, "Nils Berg"),
    ]
    assert len(group_quotes(quotes, ["wire", "times", "ledger"], 0.6)) == 2
