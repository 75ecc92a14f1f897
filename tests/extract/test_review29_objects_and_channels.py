"""Who is no speaker: the charged, the named, a word's first piece, a channel document.

The person a joined verb acts on ("arrested and charged Mara Quillet") or a participle
names ("a woman named Lena Voss") speaks nothing; "a co-worker" is one word; a "she"
closing a quote is no man the article has shown to be "he"; "according to the
statement" after a named speaker is how the words came out, no second source.
"""

from __future__ import annotations

from corrobora.extract.analyze import analyze_article
from corrobora.model import AnalyzedArticle
from corrobora.settings import AnalyzeParams
from tests.stories import text_article


def _analyzed(text: str) -> AnalyzedArticle:
    return analyze_article(text_article(text, "Valley Ledger"), AnalyzeParams())


def _sources(found: AnalyzedArticle) -> set[str]:
    return {a.source_key for a in found.attributions}


def test_the_person_charged_by_a_joined_verb_is_no_source() -> None:
    text = (
        "Arrest in old murder\n\n"
        "This morning, 40 years later, Brenton police have arrested and charged Orla "
        "Fenwick, age 62, with two counts of first-degree murder.\n"
    )
    found = _analyzed(text)
    assert "orla fenwick" not in _sources(found)


def test_a_person_named_by_a_participle_is_no_source() -> None:
    text = (
        "Worker shoots colleagues\n\n"
        "According to reports, a man named Pavel Ostrow shot and killed two colleagues "
        "at a Kelby Mills depot.\n"
    )
    found = _analyzed(text)
    assert "pavel ostrow" not in _sources(found)
    assert "reports" in _sources(found)


def test_a_hyphenated_noun_speaks_as_one_word() -> None:
    text = (
        "Depot shooter had feuded\n\n"
        "Pavel Ostrow, 51, shot two colleagues at the depot on Friday. A co-worker said "
        "Ostrow had a history of rows with managers.\n"
    )
    found = _analyzed(text)
    (credit,) = [a for a in found.attributions if a.cue == "say"]
    assert credit.source_key == "co-worker"
    assert credit.kind.value != "document"


def test_she_closing_a_quote_is_not_the_man_reporting_before() -> None:
    text = (
        "Trial ordered for depot shooter\n\n"
        "Homicide Detective Karl Wendt, testifying Tuesday at Anna Berger's preliminary "
        "hearing, said he asked how she felt hours after the shooting.\n"
        '"I feel nothing," she said, according to the statement.\n'
    )
    found = _analyzed(text)
    (quote,) = [q for q in found.quotes if "feel nothing" in q.text]
    assert quote.speaker_key == "anna berger"
    assert "statement" not in _sources(found)
