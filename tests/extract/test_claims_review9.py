"""Claims: what is expected, set or due to happen is stated as future (review 9)."""

from __future__ import annotations

from corrobora.model import Modality

from .conftest import ParseArticle
from .test_claims import claims_of


def test_what_is_expected_to_happen_is_future(parse_article: ParseArticle) -> None:
    text = (
        "Paul Okafor is expected to be named as her successor on Wednesday. "
        "Paul Okafor was named as her successor. The report is due to be published."
    )
    modalities = [c.modality for c in claims_of(parse_article, text)]
    assert modalities == [Modality.FUTURE, Modality.ASSERTED, Modality.FUTURE]


def test_a_clause_joined_after_the_report_is_a_claim(parse_article: ParseArticle) -> None:
    """ "A, it said on Tuesday, and B": B is no part of the report of A."""
    text = (
        "Tarn Pumps will shed nearly 900 jobs, it said on Tuesday, and the cuts will be "
        "completed by June."
    )
    assert [c.text for c in claims_of(parse_article, text)] == [
        "Tarn Pumps will shed nearly 900 jobs, it said on Tuesday",
        "the cuts will be completed by June",
    ]
