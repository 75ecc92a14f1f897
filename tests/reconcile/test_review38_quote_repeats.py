"""A quote an article prints twice word for word is one utterance, not two groups."""

from __future__ import annotations

from corrobora.model import Quote, Span
from corrobora.reconcile.quotes import group_quotes

_REPAIRS = "We expect repairs to take about ten days"
_CREWS = "Our crews will work through the weekend at the landing station"


def _quote(article_id: str, start: int, text: str, speaker_key: str | None) -> Quote:
    span = Span(start, start + len(text))
    speaker = speaker_key.title() if speaker_key else None
    return Quote(article_id, span, (span,), text, speaker, speaker_key, "say")


def test_a_quote_printed_twice_joins_one_group_with_the_other_outlets() -> None:
    quotes = [
        _quote("a", 10, _REPAIRS, "ines marlo"),
        _quote("a", 400, _REPAIRS, "ines marlo"),
        _quote("b", 50, _REPAIRS, "ines marlo"),
    ]
    (group,) = group_quotes(quotes, ["a", "b"], 0.6)
    assert sorted((v.article_id, v.span.start) for v in group.variants) == [
        ("a", 10),
        ("a", 400),
        ("b", 50),
    ]


def test_a_repeat_whose_second_speaker_is_unresolved_still_joins() -> None:
    quotes = [_quote("a", 10, _REPAIRS, "ines marlo"), _quote("a", 400, _REPAIRS, None)]
    (group,) = group_quotes(quotes, ["a"], 0.6)
    assert len(group.variants) == 2


def test_two_quotes_of_one_article_in_other_words_stay_apart() -> None:
    quotes = [_quote("a", 10, _REPAIRS, "ines marlo"), _quote("a", 400, _CREWS, "ines marlo")]
    assert len(group_quotes(quotes, ["a"], 0.6)) == 2


def test_the_same_words_of_two_named_speakers_stay_apart() -> None:
    quotes = [_quote("a", 10, _REPAIRS, "ines marlo"), _quote("a", 400, _REPAIRS, "tomas reyk")]
    assert len(group_quotes(quotes, ["a"], 0.6)) == 2
