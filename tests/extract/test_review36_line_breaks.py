"""A single line break inside a sentence does not cut it.

A stray break before a lower-case word ("the sound of the alarm\\nrang through the
mill.") goes on, and so does a quotation closed after a comma (``,"``) whose speaker
opens the next line ("Tarn Mining said ..."). A headline, a byline or a list item still
ends at its line break.
"""

from __future__ import annotations

import pytest

from corrobora.extract.analyze import analyze_article
from corrobora.extract.nlp import parse
from corrobora.model import AnalyzedArticle
from corrobora.settings import DEFAULT_MODEL, AnalyzeParams
from tests.stories import text_article

_STRAY = (
    "Fire at Dorrow mill\n"
    "By Ansel Pike\n"
    "Mill hand Tam Oduya, who has worked at the mill for twelve years, said he was in the "
    "canteen when the sound of the alarm\n"
    "rang through the building.\n"
    "Nobody was hurt.\n"
    "The mill will reopen on Monday.\n"
)


def _sentences(text: str) -> list[str]:
    return [s.text.strip() for s in parse(text, DEFAULT_MODEL).sents]


def _analyzed(text: str) -> AnalyzedArticle:
    return analyze_article(text_article(text, "Dorrow Evening Post"), AnalyzeParams())


def test_a_line_broken_before_a_lower_case_word_is_one_sentence() -> None:
    assert _sentences(_STRAY) == [
        "Fire at Dorrow mill",
        "By Ansel Pike",
        "Mill hand Tam Oduya, who has worked at the mill for twelve years, said he was in the "
        "canteen when the sound of the alarm\nrang through the building.",
        "Nobody was hurt.",
        "The mill will reopen on Monday.",
    ]


def test_a_byline_in_lower_case_still_ends_the_headline() -> None:
    text = "Fire at Dorrow mill\nby Ansel Pike\nNobody was hurt in the fire on Monday.\n"
    assert _sentences(text) == [
        "Fire at Dorrow mill",
        "by Ansel Pike",
        "Nobody was hurt in the fire on Monday.",
    ]


def test_a_headline_over_its_dateline_stays_apart() -> None:
    text = "Jury finds Vane guilty\non April 30, 2026 at 4:31 AM\nA jury found Ada Vane guilty.\n"
    assert _sentences(text)[:2] == ["Jury finds Vane guilty", "on April 30, 2026 at 4:31 AM"]


def test_a_line_broken_after_a_word_and_a_comma_is_one_sentence() -> None:
    text = (
        "Council notes\n"
        "The mayor called the plan costly, slow,\n"
        "unfair and badly drawn up.\n"
        "Main points:\n"
        "- rents frozen\n"
        "- bus fares cut\n"
    )
    assert _sentences(text) == [
        "Council notes",
        "The mayor called the plan costly, slow,\nunfair and badly drawn up.",
        "Main points:",
        "- rents frozen",
        "- bus fares cut",
    ]


def test_the_words_after_the_break_keep_the_speaker_credit() -> None:
    analysis = _analyzed(_STRAY)
    rang = [c for c in analysis.claims if "rang through" in c.text]
    assert rang
    assert all(c.attribution is not None for c in rang)
    assert {c.attribution.source_key for c in rang if c.attribution} == {"tam oduya"}


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("Tarn Mining said in an e-mailed statement.", "tarn mining"),
        ("She told the Dorrow Evening Post on Friday.", "vella orme"),
    ],
)
def test_a_quote_closed_by_a_comma_meets_its_speaker_on_the_next_line(
    line: str, speaker: str
) -> None:
    text = (
        "Mine shaft closed\n"
        "Mine manager Vella Orme spoke to staff on Thursday.\n"
        'Output "from the north shaft will stop until the pumps are repaired, which may '
        'take a month,"\n'
        f"{line}\n"
    )
    assert _sentences(text)[0] == "Mine shaft closed"
    (quote,) = _analyzed(text).quotes
    assert quote.text.startswith("from the north shaft")
    assert quote.speaker_key == speaker
