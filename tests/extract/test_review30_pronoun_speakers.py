"""Who a speaking "he"/"she" is: gender read from possessives, known gender first.

"Ann Berg has died, her agent said" shows Berg is a woman; a later "she said" is hers,
not the agent's whose gender the article never shows.
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


def test_she_after_an_agent_of_unknown_gender_is_the_woman_his_client() -> None:
    text = (
        "Nora Hale dies at 90\n\n"
        "Nora Hale has died at the age of 90 in a Velm clinic, her agent said on Monday.\n"
        '"She gave colour to a grey city," her agent, Piet Olander, said yesterday.\n'
        '"I paint what I cannot say," she said in 1984.\n'
    )
    found = _analyzed(text)
    assert _quote(found, "grey city").speaker_key == "piet olander"
    assert _quote(found, "cannot say").speaker_key == "nora hale"


def test_he_after_a_woman_named_with_her_possessive_is_the_man_named_next() -> None:
    text = (
        "Singer Runa Dahl enters clinic\n\n"
        "Singer Runa Dahl has checked into a clinic in Velm, according to her manager, "
        "Oskar Brenn.\n"
        '"We ask for calm at this time," he said.\n'
    )
    found = _analyzed(text)
    assert _quote(found, "ask for calm").speaker_key == "oskar brenn"


def test_she_in_a_relative_clause_about_a_woman_is_hers_not_the_last_speakers() -> None:
    text = (
        "Dancer Ilse Moray dies at 90\n\n"
        "Dancer Ilse Moray has died at the age of 90, her family said.\n"
        "Director Karl Wessel said her debut in his theatre was a turning point.\n"
        "Her best remembered roles were the silent ones, which she said were the hardest.\n"
        '"I never understood why people clapped for silence," she later said.\n'
    )
    found = _analyzed(text)
    assert _quote(found, "clapped for silence").speaker_key == "ilse moray"
