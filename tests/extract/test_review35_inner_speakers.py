"""Words one speaker reports another saying are the other's.

"Lena Korr recalled her son yelling, “…”": the son yelled the quoted words, his mother
only tells of it; so in '“…,” Korr said her son screamed'. A speaker's own report of
her own words ("Korr said her son cried, “…”" aside) keeps working as before.
"""

from __future__ import annotations

from corrobora.extract.entities import find_mentions
from corrobora.extract.nlp import parse
from corrobora.model import Quote
from corrobora.settings import AnalyzeParams
from tests.stories import attributions, text_article

_INTRO = (
    "A boy was hurt by a falling sign on Mill Lane on Friday.\n"
    "Lena Korr, the boy's mother, spoke to reporters on Monday. "
)


def _quote(sentence: str) -> Quote:
    from corrobora.extract.quotes import find_quotes

    text = _INTRO + sentence
    article = text_article(text, "Harbor Ledger")
    doc = parse(text, AnalyzeParams().model)
    (quote,) = find_quotes(doc, article, find_mentions(doc, article))
    return quote


def test_a_gerund_after_a_recalled_person_is_that_persons_words() -> None:
    quote = _quote('Korr recalled her son yelling, "Mom, my arm hurts."')
    assert quote.speaker == "her son"
    assert quote.cue == "yell"


def test_a_described_persons_scream_is_theirs() -> None:
    quote = _quote('Korr described her son screaming, "Mom, my arm hurts."')
    assert quote.speaker == "her son"


def test_a_quote_before_a_recounted_gerund_is_the_gerunds_subjects() -> None:
    quote = _quote('"Mom, my arm hurts," Korr recalled her son yelling.')
    assert quote.speaker == "her son"


def test_a_quote_before_a_reported_clause_is_its_subjects() -> None:
    quote = _quote('"Mom, my arm hurts," Korr said her son screamed.')
    assert quote.speaker == "her son"
    assert quote.cue == "scream"


def test_the_recounted_gerund_is_credited_to_the_inner_speaker() -> None:
    text = _INTRO + 'Korr recalled her son yelling, "Mom, my arm hurts."'
    found = attributions(text, "Harbor Ledger")
    yelled = [a for a in found if a.cue == "yell"]
    assert [a.source_key for a in yelled] == ["her son"]


def test_reports_that_already_named_the_inner_speaker_keep_it() -> None:
    for sentence in (
        'Korr said her son cried, "Mom, my arm hurts."',
        'Korr said her son then cried out: "Mom, my arm hurts."',
        'According to Korr, her son shouted, "Mom, my arm hurts."',
        '"Mom, my arm hurts," her son screamed, Korr said.',
    ):
        assert _quote(sentence).speaker == "her son", sentence


def test_the_outer_speaker_keeps_quotes_of_her_own() -> None:
    assert _quote('"He will be fine," Korr said, adding that he was brave.').speaker == (
        "Lena Korr"
    )
    assert _quote('"He will be fine," Korr said as nurses looked on.').speaker == "Lena Korr"
    assert _quote('Korr criticized the mayor saying, "The sign was loose."').speaker == (
        "Lena Korr"
    )
