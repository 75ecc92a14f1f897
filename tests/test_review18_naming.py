"""A fact is named by a wording that reads as a sentence, not by a split-off clause."""

from __future__ import annotations

from corrobora.align import ClaimVectors
from corrobora.reconcile import _representative

from .reconcile.conftest import make_claim


def test_a_whole_sentence_names_the_fact_before_a_split_clause() -> None:
    clause = make_claim("skim", "that 23 more were taken to hospital", 40)
    whole = make_claim("courier", "A further 23 people were taken to hospital.", 0)
    vectors = ClaimVectors.build([clause, whole], None, "mean")
    assert _representative([clause, whole], vectors) is whole


def test_split_clauses_alone_still_name_the_fact() -> None:
    first = make_claim("skim", "that 23 more were taken to hospital", 40)
    second = make_claim("post", "and 23 were taken to hospital", 10)
    vectors = ClaimVectors.build([first, second], None, "mean")
    assert _representative([first, second], vectors) is first
