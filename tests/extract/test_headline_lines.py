"""A headline line inside the body credits no one and frames no quote.

A subhead, a "related" link or the headline repeated atop the body is a short
paragraph of one line without sentence-final punctuation. Its clipped grammar misleads
the parser ("Redmarsh confirm Vireo signing" with Vireo as the one who confirms), so
it names no speaker: its claim has no attribution and its quoted words no speaker.
"""

from __future__ import annotations

from corrobora.extract.analyze import analyze_doc
from corrobora.extract.cues import headline_lines
from corrobora.extract.nlp import parse
from corrobora.model import AnalyzedArticle

from .conftest import build_article

SIGNING = (
    "Redmarsh United have signed the striker Tomas Vireo on a four-year contract, "
    "the club said on Thursday."
)


def analyze(text: str, model: str) -> AnalyzedArticle:
    return analyze_doc(parse(text, model), build_article(text, outlet="Tollgate Gazette"))


def test_a_headline_line_credits_no_one(model: str) -> None:
    headline = "Redmarsh confirm Vireo signing after Gazette exclusive"
    text = f"Vireo deal done\n\n{headline}\n\n{SIGNING}\n"
    analysis = analyze(text, model)
    line = text.index(headline)
    on_line = [a for a in analysis.attributions if line <= a.span.start < line + len(headline)]
    assert on_line == []
    assert "tomas vireo" not in {a.source_key for a in analysis.attributions}
    claims = [c for c in analysis.claims if line <= c.span.start < line + len(headline)]
    assert claims
    assert all(c.attribution is None for c in claims)
    lead = next(c for c in analysis.claims if c.text == SIGNING)
    assert lead.attribution is not None
    assert lead.attribution.source_key == "redmarsh united"


def test_a_quote_on_a_headline_line_has_no_speaker(model: str) -> None:
    headline = 'Brandt says Vireo "is exactly the player we wanted" after signing'
    body = '"He is exactly the player we wanted," manager Ilse Brandt said.'
    text = f"Vireo deal done\n\n{headline}\n\n{SIGNING}\n\n{body}\n"
    analysis = analyze(text, model)
    piece, quote = analysis.quotes
    assert piece.text == "is exactly the player we wanted"
    assert (piece.speaker_key, piece.cue, piece.direct) == (None, None, False)
    assert quote.text == "He is exactly the player we wanted,"
    assert quote.speaker_key == "ilse brandt"
    line = text.index(headline)
    assert all(not line <= a.span.start < line + len(headline) for a in analysis.attributions)


def test_a_one_line_sentence_keeps_its_credit(model: str) -> None:
    sentence = "Ilse Brandt said Vireo would play on Saturday."
    text = f"Vireo deal done\n\n{sentence}\n\n{SIGNING}\n"
    analysis = analyze(text, model)
    claim = next(c for c in analysis.claims if c.text == sentence)
    assert claim.attribution is not None
    assert claim.attribution.source_key == "ilse brandt"


def test_headline_lines_are_short_unpunctuated_paragraphs() -> None:
    text = (
        "Vireo deal done\n\n"
        "Redmarsh confirm Vireo signing after Gazette exclusive\n\n"
        "CORVAST, Nov. 20 (Kestrel Wire) - Redmarsh confirm Vireo signing\n\n"
        "Brandt: 'He is exactly the player we wanted'\n\n"
        "The club said the fee was undisclosed.\n\n"
        "Related: Redmarsh chase a second striker\n"
    )
    assert [s.slice(text) for s in headline_lines(text)] == [
        "Vireo deal done",
        "Redmarsh confirm Vireo signing after Gazette exclusive",
        "Related: Redmarsh chase a second striker",
    ]


def test_lines_of_hard_wrapped_text_are_no_headline_lines() -> None:
    text = (
        "Redmarsh United have signed the striker Tomas Vireo\n"
        "on a four-year contract, the club said on Thursday\n"
        "after a medical that took most of the day and\n"
        "talks that ran through the night with his agent.\n\n"
        "Brandt hails new striker\n\n"
        "The manager said he was delighted with the deal\n"
        "and expected Vireo to play on Saturday.\n"
    )
    assert [s.slice(text) for s in headline_lines(text)] == ["Brandt hails new striker"]
