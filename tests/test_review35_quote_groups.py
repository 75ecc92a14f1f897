"""A short quote sharing only common words with another speaker's quote stays apart."""

from __future__ import annotations

from corrobora.model import Quote, Span
from corrobora.reconcile.quotes import group_quotes


def _quote(article_id: str, text: str, speaker: str | None, key: str | None) -> Quote:
    span = Span(0, len(text))
    return Quote(article_id, span, (span,), text, speaker, key, "said")


def test_common_words_without_the_rare_one_stay_apart() -> None:
    quotes = [
        _quote("post", "There's a lot of anger here,", "Mayor Ilse Varn", "ilse varn"),
        _quote(
            "wire",
            "They struggle because there's a lot of crime on these streets,",
            "a baker",
            None,
        ),
    ]
    assert len(group_quotes(quotes, ["post", "wire"], 0.6)) == 2


def test_a_cut_keeping_its_rare_word_still_joins() -> None:
    quotes = [
        _quote("post", "There's a lot of anger here,", "Mayor Ilse Varn", "ilse varn"),
        _quote("wire", "There's a lot of anger here tonight, and rightly so,", "a baker", None),
    ]
    (group,) = group_quotes(quotes, ["post", "wire"], 0.6)
    assert {v.article_id for v in group.variants} == {"post", "wire"}
