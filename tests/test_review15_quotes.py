"""Quote groups link each wording to the one it matches best, whatever the order."""

from __future__ import annotations

from itertools import permutations

from corrobora.model import Quote, Span
from corrobora.reconcile.quotes import group_quotes, quote_match, quote_words

RELEASE = (
    "Our results suggest that even short walks after every meal may help protect people "
    "from heart disease. This is not about training for a race. It is about moving a "
    "little every day."
)
TRIMMED = "Even a short walk after every meal helps protect people from heart disease,"
RETOLD = (
    "Even one short stroll after each meal may help keep people from getting heart disease. "
    "You do not have to train for a race."
)


def _quote(article_id: str, text: str) -> Quote:
    span = Span(0, len(text))
    return Quote(article_id, span, (span,), text, "Ilona Varesh", "ilona varesh", "said")


def test_a_retold_wording_joins_the_trimmed_one_it_matches_in_any_order() -> None:
    words = [quote_words(t) for t in (RELEASE, TRIMMED, RETOLD)]
    assert quote_match(words[0], words[2]) < 0.6 <= quote_match(words[1], words[2])
    quotes = [_quote("release", RELEASE), _quote("post", RETOLD), _quote("ledger", TRIMMED)]
    for order in permutations(["release", "post", "ledger"]):
        (group,) = group_quotes(quotes, list(order), 0.6)
        assert {v.article_id for v in group.variants} == {"release", "post", "ledger"}, order


def test_two_wordings_of_one_article_stay_in_two_groups() -> None:
    quotes = [_quote("post", RETOLD), _quote("post", TRIMMED)]
    assert len(group_quotes(quotes, ["post"], 0.6)) == 2
