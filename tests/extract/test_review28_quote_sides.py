"""Quote marks paired despite a stray space, and a quote paragraph that continues.

A closing mark with a space before it ("… again, "Ann Lee said.) still closes the
quote, so the cue clause after it is narration and frames the quote; a bare quote
paragraph right after a quote whose cue clause describes its speaker at length is
the same speaker's; a person described by a possessed kind noun ("the store's
insurer") stays a person.
"""

from __future__ import annotations

from corrobora.extract.analyze import analyze_article
from corrobora.extract.quotes import scan_quotes
from corrobora.model import AnalyzedArticle, Quote, SourceKind
from corrobora.settings import AnalyzeParams
from tests.stories import text_article


def _analyzed(text: str) -> AnalyzedArticle:
    return analyze_article(text_article(text, "Valley Ledger"), AnalyzeParams())


def _quote(found: AnalyzedArticle, words: str) -> Quote:
    (quote,) = [q for q in found.quotes if words in q.text]
    return quote


_SPACED = (
    "Ferry link cut\n\n"
    "Two ferries between Marlow and Tessby were halted on Sunday.\n"
    '"We have little to go on, but it looks like the storm again, "Mirela Dancu, '
    "the port's head of operations, said in a telephone interview.\n"
    '"Nearly all the freight between the islands travels on these two boats."\n'
)


def test_a_space_before_a_closing_mark_does_not_flip_the_pairing() -> None:
    texts = [_SPACED[q.parts[0].start : q.parts[-1].end] for q in scan_quotes(_SPACED)]
    assert texts == [
        "We have little to go on, but it looks like the storm again,",
        "Nearly all the freight between the islands travels on these two boats.",
    ]


def test_the_cue_clause_after_a_spaced_closing_mark_frames_the_quote() -> None:
    quote = _quote(_analyzed(_SPACED), "storm again")
    assert quote.speaker_key == "mirela dancu"
    assert "telephone" not in quote.text


def test_a_spaced_mark_before_a_new_quote_still_opens_it() -> None:
    text = 'Ferry link cut\n\n"We are stuck," said Ivo Marek. "We have no news," he added.\n'
    assert [q.text for q in _analyzed(text).quotes] == ["We are stuck,", "We have no news,"]


def test_a_bare_quote_paragraph_continues_a_speaker_described_at_length() -> None:
    text = (
        "Jewellers raided\n\n"
        "Four men rammed their car into a jeweller in Velden on Monday.\n"
        '"They are afraid of nothing," Pierre Lambert, the store\'s insurer, told Radio '
        "Velden.\n"
        '"It has become routine and yet everyone knows how to be protected."\n'
    )
    found = _analyzed(text)
    assert _quote(found, "become routine").speaker_key == "pierre lambert"


def test_a_quote_after_another_sentence_is_not_continued() -> None:
    text = (
        "Jewellers raided\n\n"
        '"They are afraid of nothing," Pierre Lambert told Radio Velden. '
        "The police arrived an hour later.\n"
        '"It has become routine."\n'
    )
    assert _quote(_analyzed(text), "become routine").speaker_key is None


def test_a_person_described_by_a_possessed_kind_noun_stays_a_person() -> None:
    text = (
        "Jewellers raided\n\n"
        "Four men rammed their car into a jeweller in Velden on Monday.\n"
        '"They are afraid of nothing," Pierre Lambert, the store\'s insurer, told Radio '
        "Velden.\n"
    )
    kinds = {(a.source_key, a.kind) for a in _analyzed(text).attributions}
    assert kinds == {("pierre lambert", SourceKind.PERSON)}
