"""A clause split off that only says who told what to whom is no claim of its own."""

from __future__ import annotations

from corrobora.extract.analyze import analyze_article
from corrobora.settings import AnalyzeParams
from tests.stories import text_article

SENTENCE = (
    "A ransom of 2 million euros was paid to secure the release of three Clearwater"
    " Relief aid workers held in northern Veskara, a senior Veskaran security official"
    " told The Meridian Ledger."
)


def test_a_credit_and_its_listener_state_nothing() -> None:
    found = analyze_article(text_article(SENTENCE, "The Meridian Ledger"), AnalyzeParams())
    texts = [c.text for c in found.claims]
    assert not any(t.startswith("a senior Veskaran security official") for t in texts), texts
    (claim,) = [c for c in found.claims if "ransom" in c.text]
    assert claim.attribution is not None
    assert claim.attribution.source_key == "senior veskaran security official"
    assert "official" in claim.terms  # who spoke stays among the claim's terms


def test_a_clause_that_says_something_after_a_credit_stays() -> None:
    text = (
        "The talks collapsed on Monday, a union official said, and the strike will go"
        " ahead on Friday."
    )
    found = analyze_article(text_article(text, "Harbour Post"), AnalyzeParams())
    assert any("strike will go ahead" in c.text for c in found.claims)
