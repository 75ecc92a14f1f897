"""Who speaks when a person is named by a role: a star's rep, a producer, a show's star.

"her rep says" is the rep speaking (an unnamed role source), and a quote that goes on
after it is the rep's too; "producer Matthew Olson" is a person; "the Maradise star"
is the person the show describes, never the show.
"""

from __future__ import annotations

from corrobora.extract.analyze import analyze_article
from corrobora.model import AnalyzedArticle, Quote, SourceKind
from corrobora.settings import AnalyzeParams
from tests.stories import text_article


def _analyzed(text: str) -> AnalyzedArticle:
    return analyze_article(text_article(text, "Valley Ledger"), AnalyzeParams())


def _quote(found: AnalyzedArticle, words: str) -> Quote:
    (quote,) = [q for q in found.quotes if words in q.text]
    return quote


def test_her_rep_speaks_and_the_quote_after_goes_on_with_her_rep() -> None:
    text = (
        "Dancer Ilse Moray in clinic\n\n"
        "Dancer Ilse Moray checked into a clinic this week.\n"
        "'Ilse Moray has entered the Velm Clinic,' her rep says in a statement.\n"
        "'We ask you to respect her privacy at this time.'\n"
    )
    found = _analyzed(text)
    assert _quote(found, "entered the Velm Clinic").speaker == "her rep"
    assert _quote(found, "respect her privacy").speaker == "her rep"


def test_his_agent_is_an_unnamed_role_source() -> None:
    text = (
        "Actor Piet Olander in hospital\n\n"
        "Actor Piet Olander was taken to hospital on Monday, his agent said.\n"
    )
    found = _analyzed(text)
    sources = {(a.source, a.kind) for a in found.attributions}
    assert ("his agent", SourceKind.ANONYMOUS) in sources


def test_a_person_named_after_producer_is_a_person() -> None:
    text = (
        "Film wraps early\n\n"
        "Shooting of the film ended early, the producer Matthew Olson told reporters.\n"
        '"We are thrilled with it," Olson said.\n'
    )
    found = _analyzed(text)
    kinds = {a.source_key: a.kind for a in found.attributions}
    assert kinds["matthew olson"] is SourceKind.PERSON


def test_the_star_of_a_show_is_the_person_not_the_show() -> None:
    text = (
        "Runa Dahl enters clinic\n\n"
        "Singer Runa Dahl has checked into a clinic in Velm.\n"
        'Dahl hosted the reality show "Dahlhouse" on Kestrel TV in 2005.\n'
        'Asked about her plans, the Dahlhouse star said, "I am so happy right now."\n'
    )
    found = _analyzed(text)
    assert _quote(found, "so happy").speaker_key == "runa dahl"
