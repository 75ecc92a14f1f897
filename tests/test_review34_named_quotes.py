"""Words quoted as a plain phrase are no cut of a wording that writes them as a name.

'Molt said the port went into "storm watch" mode' and "Even now, the Storm Watch
procedure is not finished," said Molt: the longer wording capitalizes the two words as
the name of a procedure; the shorter quotes them as a phrase of its own.
"""

from __future__ import annotations

from corrobora.model import Quote, Span
from corrobora.reconcile.quotes import group_quotes

FULL = "Even now, the Storm Watch procedure at the port is not finished,"


def _quote(article_id: str, text: str, speaker: str) -> Quote:
    span = Span(0, len(text))
    return Quote(article_id, span, (span,), text, speaker, speaker.lower(), "said")


def test_a_phrase_named_in_the_other_wording_stays_apart() -> None:
    quotes = [_quote("wire", FULL, "Pia Molt"), _quote("daily", "storm watch", "Molt")]
    assert len(group_quotes(quotes, ["wire", "daily"], 0.6)) == 2


def test_a_phrase_cut_from_plain_words_still_joins() -> None:
    plain = "Even now, the storm watch at the port is not finished,"
    quotes = [_quote("wire", plain, "Pia Molt"), _quote("daily", "storm watch", "Molt")]
    (group,) = group_quotes(quotes, ["wire", "daily"], 0.6)
    assert len(group.variants) == 2


def test_a_name_quoted_as_a_name_still_joins() -> None:
    quotes = [_quote("wire", FULL, "Pia Molt"), _quote("daily", "the Storm Watch", "Molt")]
    (group,) = group_quotes(quotes, ["wire", "daily"], 0.6)
    assert len(group.variants) == 2
