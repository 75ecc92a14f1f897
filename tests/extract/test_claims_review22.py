"""Claims: a concessive clause states a fact of its own (review 22)."""

from __future__ import annotations

from .conftest import ParseArticle
from .test_claims import claims_of


def test_an_although_clause_is_a_claim_of_its_own(parse_article: ParseArticle) -> None:
    text = "Payment card numbers were reportedly also taken, although the airline denies this."
    assert [c.text for c in claims_of(parse_article, text)] == [
        "Payment card numbers were reportedly also taken",
        "the airline denies this",
    ]


def test_an_although_before_the_main_clause_stays(parse_article: ParseArticle) -> None:
    text = "Although the airline denies it, payment card numbers were taken."
    assert [c.text for c in claims_of(parse_article, text)] == [
        "Although the airline denies it, payment card numbers were taken."
    ]


def test_a_disputed_or_rejected_statement_is_denied(parse_article: ParseArticle) -> None:
    text = (
        "The weather service disputed a claim that Tarnby had broken its heat record. "
        "The ministry disputed that the dam had failed. "
        "The mayor rejected reports that the water was unsafe. "
        "The ministry did not dispute that the dam had failed."
    )
    claims = claims_of(parse_article, text)
    assert [(c.predicate, c.negated) for c in claims] == [
        ("break", True),
        ("fail", True),
        ("unsafe", True),
        ("fail", False),
    ]
