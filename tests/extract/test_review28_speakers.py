"""Who speaks a quote: a continuing "he", the one asked, a role, two quotes in a row.

A speaking "he" after a sentence whose cue has "he" for subject continues that
speaker, not a person named in between; an answer ("he responded") after a question
put to someone is the addressee's; "the manager" is no relative named before; two
quotes joined by "and" are two utterances, the first framed by its colon verb.
"""

from __future__ import annotations

from corrobora.extract.analyze import analyze_article
from corrobora.model import AnalyzedArticle, Quote
from corrobora.settings import AnalyzeParams
from tests.stories import text_article


def _analyzed(text: str) -> AnalyzedArticle:
    return analyze_article(text_article(text, "Valley Ledger"), AnalyzeParams())


def _quote(found: AnalyzedArticle, words: str) -> Quote:
    (quote,) = [q for q in found.quotes if words in q.text]
    return quote


def test_a_continuing_he_is_the_earlier_speaker_not_the_man_he_names() -> None:
    text = (
        "Witness names gunman\n\n"
        "Orrin Vasko, 24, told jurors in Kelmar County Court that he and two friends rode "
        "to the depot.\n"
        'After a face-off with some dockers who "wanted a fight," he testified, Rudd pulled '
        "the trigger.\n"
        '"Anselm fired the shot," he said.\n'
    )
    assert _quote(_analyzed(text), "fired the shot").speaker_key == "orrin vasko"


def test_an_answer_is_the_one_asked_not_the_asker() -> None:
    text = (
        "Witness admits lying\n\n"
        "Orrin Vasko, 24, told jurors in Kelmar County Court that Anselm Rudd fired.\n"
        'Defence lawyer Piet Lindgren asked Vasko, "You lied to this jury, correct?"\n'
        '"Yes," he responded.\n'
    )
    found = _analyzed(text)
    assert _quote(found, "lied to this jury").speaker_key == "piet lindgren"
    assert _quote(found, "Yes").speaker_key == "orrin vasko"


def test_a_role_names_no_relative_introduced_before() -> None:
    text = (
        "Vigil ends in looting\n\n"
        "A vigil for Tomas Herle, 17, turned into a riot in Kelmar on Monday.\n"
        'His sister Lina Herle said, "He did nothing wrong."\n'
        "Rioters broke into a bakery on Dock Street.\n"
        'The manager said, "They smashed the windows and took everything."\n'
    )
    quote = _quote(_analyzed(text), "smashed the windows")
    assert quote.speaker_key != "lina herle"


def test_two_quotes_joined_by_and_are_two_utterances() -> None:
    text = (
        "Teen shot by police\n\n"
        "A neighbour told the Ledger that Tomas Herle was calling out: "
        "\u2018Please help me!\u2019 and said the officers shouted back: "
        "\u2018Stay on the ground.\u2019\n"
    )
    found = _analyzed(text)
    first = _quote(found, "Please help me")
    second = _quote(found, "Stay on the ground")
    assert "Stay" not in first.text
    assert first.speaker_key == "tomas herle"
    assert second.speaker_key != "tomas herle"
