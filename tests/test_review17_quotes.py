"""A partial quote of a few words joins the full quote of one named speaker."""

from __future__ import annotations

from corrobora.model import Quote, Span
from corrobora.reconcile.quotes import group_quotes
from corrobora.report.common import quote_state

FULL = "We are bitterly disappointed and we will take this to the appeal court,"


def _quote(article_id: str, text: str, speaker: str | None) -> Quote:
    span = Span(0, len(text))
    key = speaker.lower() if speaker else None
    return Quote(article_id, span, (span,), text, speaker, key, "said")


def test_two_words_cut_from_a_named_speakers_quote_join_it() -> None:
    quotes = [_quote("wire", FULL, "Helga Tarn"), _quote("daily", "bitterly disappointed", "Tarn")]
    (group,) = group_quotes(quotes, ["wire", "daily"], 0.6)
    assert {v.article_id for v in group.variants} == {"wire", "daily"}


def test_a_short_run_of_another_speaker_stays_apart() -> None:
    quotes = [
        _quote("wire", FULL, "Helga Tarn"),
        _quote("daily", "bitterly disappointed", "Olaf Brune"),
    ]
    assert len(group_quotes(quotes, ["wire", "daily"], 0.6)) == 2


def test_short_words_not_in_a_run_stay_apart() -> None:
    quotes = [_quote("wire", FULL, "Helga Tarn"), _quote("daily", "disappointed appeal", "Tarn")]
    assert len(group_quotes(quotes, ["wire", "daily"], 0.6)) == 2


def test_one_word_joins_only_the_same_word() -> None:
    quotes = [_quote("wire", FULL, "Helga Tarn"), _quote("daily", "disappointed", "Tarn")]
    assert len(group_quotes(quotes, ["wire", "daily"], 0.6)) == 2


def test_a_wording_of_one_article_is_quoted_not_identical() -> None:
    (alone,) = group_quotes([_quote("wire", FULL, "Helga Tarn")], ["wire"], 0.6)
    assert quote_state(alone) == "quoted"
    twice = group_quotes([_quote("wire", FULL, "Helga Tarn"), _quote("daily", FULL, "Tarn")],
                         ["wire", "daily"], 0.6)  # fmt: skip
    assert [quote_state(g) for g in twice] == ["identical"]
